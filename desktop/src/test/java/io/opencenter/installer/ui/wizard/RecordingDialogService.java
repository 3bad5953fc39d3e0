package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.common.DialogService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what would have been shown, instead of opening modal windows during tests. */
final class RecordingDialogService implements DialogService {
    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<List<Finding>> findingDialogs = new CopyOnWriteArrayList<>();
    final List<String> infos = new CopyOnWriteArrayList<>();
    final List<String> questions = new CopyOnWriteArrayList<>();
    volatile boolean confirmAnswer;

    @Override
    public void showError(String title, String message, Throwable cause) {
        errors.add(title + ": " + message + (cause == null ? "" : " (" + cause.getMessage() + ")"));
    }

    @Override
    public void showFindings(String title, String header, List<Finding> findings) {
        findingDialogs.add(List.copyOf(findings));
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(title + ": " + message);
        return confirmAnswer;
    }
}
