package io.opencenter.installer.ui.wizard.cluster;

import io.opencenter.installer.spec.ServerGroupPolicy;
import javafx.beans.property.StringProperty;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * The control-plane placement choice: one radio button per {@link ServerGroupPolicy}, kept in step with the model's
 * text. A config without the key shows the default selected but stays without it (saving writes what the user set);
 * a word the format does not know selects nothing, so either choice is a change that fixes it.
 */
final class PolicyChoice {
    private final ToggleGroup group;
    private final RadioButton hard;
    private final StringProperty policy;
    private boolean showing;

    private PolicyChoice(ToggleGroup group, RadioButton hard, RadioButton soft, StringProperty policy) {
        this.group = group;
        this.hard = hard;
        this.policy = policy;
        hard.setUserData(ServerGroupPolicy.ANTI_AFFINITY.value());
        soft.setUserData(ServerGroupPolicy.SOFT_ANTI_AFFINITY.value());
    }

    static void bind(ToggleGroup group, RadioButton hard, RadioButton soft, StringProperty policy) {
        PolicyChoice choice = new PolicyChoice(group, hard, soft, policy);
        policy.addListener((o, was, now) -> choice.show());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (!choice.showing && now != null) {
                policy.set((String) now.getUserData());
            }
        });
        choice.show();
    }

    private void show() {
        String word = policy.get();
        Toggle selected = word == null || word.isBlank() ? hard : group.getToggles().stream()
                .filter(t -> word.strip().equals(t.getUserData())).findFirst().orElse(null);
        showing = true;
        try {
            group.selectToggle(selected);
        } finally {
            showing = false;
        }
    }
}
