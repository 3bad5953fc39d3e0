package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.common.DialogService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Dialogs for view-model tests: questions are recorded and answered as set; any other dialog fails the test. */
final class AnsweringDialogs implements DialogService {
    final List<String> questions = new CopyOnWriteArrayList<>();
    volatile boolean answer;

    @Override
    public void showError(String title, String message, Throwable cause) {
        throw new AssertionError("no error dialog expected: " + message);
    }

    @Override
    public void showFindings(String title, String header, List<Finding> findings) {
        throw new AssertionError("no findings dialog expected: " + header);
    }

    @Override
    public void showInfo(String title, String message) {
        throw new AssertionError("no info dialog expected: " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(title + "\n" + message);
        return answer;
    }
}
