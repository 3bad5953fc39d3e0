package io.opencenter.installer.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.LoggerFactory;

/**
 * Background work in one shape: {@code Tasks.create(job).onSuccess(..).onError(Type, ..).runOnce(executor)}.
 * Callbacks run on the FX thread. A failure no handler claims is logged and passed to the fallback handler
 * (normally the dialog service), so it is never lost.
 */
public final class Tasks {
    private Tasks() {}

    public static <T> Builder<T> create(Callable<T> job) {
        return new Builder<>(job);
    }

    public static final class Builder<T> {
        private final Callable<T> job;
        private Consumer<T> onSuccess = result -> {};
        private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();
        private Consumer<Throwable> unhandled = e -> {};
        private Runnable andFinally = () -> {};

        private Builder(Callable<T> job) {
            this.job = job;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public <E extends Throwable> Builder<T> onError(Class<E> type, Consumer<E> handler) {
            errorHandlers.add(new ErrorHandler<>(type, handler));
            return this;
        }

        /** For failures no {@link #onError} handler claims. */
        public Builder<T> onUnhandledError(Consumer<Throwable> handler) {
            this.unhandled = handler;
            return this;
        }

        public Builder<T> andFinally(Runnable action) {
            this.andFinally = action;
            return this;
        }

        public Task<T> build() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return job.call();
                }
            };
            task.setOnSucceeded(e -> {
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(e -> {
                try {
                    dispatch(task.getException());
                } finally {
                    andFinally.run();
                }
            });
            return task;
        }

        public Task<T> runOnce(Executor executor) {
            Task<T> task = build();
            executor.execute(task);
            return task;
        }

        private void dispatch(Throwable error) {
            for (ErrorHandler<?> handler : errorHandlers) {
                if (handler.tryHandle(error)) {
                    return;
                }
            }
            LoggerFactory.getLogger(Tasks.class).error("background task failed", error);
            unhandled.accept(error);
        }
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<E> handler) {
        boolean tryHandle(Throwable error) {
            if (!type.isInstance(error)) {
                return false;
            }
            handler.accept(type.cast(error));
            return true;
        }
    }
}
