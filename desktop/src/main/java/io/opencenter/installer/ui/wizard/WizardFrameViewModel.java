package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.ui.common.Theme;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Where the wizard is in its step list, and where Back and Next lead (skipping steps not built yet). */
public final class WizardFrameViewModel {
    private final List<WizardStep> steps;
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(this, "currentIndex");
    private final ObjectBinding<WizardStep> currentStep;
    private final BooleanBinding canGoBack;
    private final BooleanBinding hasNextStep;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    public WizardFrameViewModel(List<WizardStep> steps) {
        this.steps = List.copyOf(steps);
        int first = nextAvailable(-1);
        if (first < 0) {
            throw new IllegalArgumentException("no step has a page");
        }
        currentIndex.set(first);
        currentStep = Bindings.createObjectBinding(() -> this.steps.get(currentIndex.get()), currentIndex);
        canGoBack = Bindings.createBooleanBinding(() -> previousAvailable(currentIndex.get()) >= 0, currentIndex);
        hasNextStep = Bindings.createBooleanBinding(() -> nextAvailable(currentIndex.get()) >= 0, currentIndex);
    }

    public List<WizardStep> steps() {
        return steps;
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public ObjectBinding<WizardStep> currentStep() {
        return currentStep;
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    /** False on the last built page: there is nothing to go on to yet. */
    public BooleanBinding hasNextStep() {
        return hasNextStep;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void next() {
        int i = nextAvailable(currentIndex.get());
        if (i >= 0) {
            currentIndex.set(i);
        }
    }

    public void back() {
        int i = previousAvailable(currentIndex.get());
        if (i >= 0) {
            currentIndex.set(i);
        }
    }

    /** Jumps to the step with this id when it has a page; returns whether it did. */
    public boolean goTo(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId) && steps.get(i).available()) {
                currentIndex.set(i);
                return true;
            }
        }
        return false;
    }

    /** Position of a step relative to the current one: for the step list's styling. */
    public StepState stateOf(int index) {
        if (!steps.get(index).available()) {
            return StepState.LATER_RELEASE;
        }
        int current = currentIndex.get();
        return index == current ? StepState.CURRENT : index < current ? StepState.DONE : StepState.UPCOMING;
    }

    private int nextAvailable(int from) {
        for (int i = from + 1; i < steps.size(); i++) {
            if (steps.get(i).available()) {
                return i;
            }
        }
        return -1;
    }

    private int previousAvailable(int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (steps.get(i).available()) {
                return i;
            }
        }
        return -1;
    }

    public enum StepState { DONE, CURRENT, UPCOMING, LATER_RELEASE }
}
