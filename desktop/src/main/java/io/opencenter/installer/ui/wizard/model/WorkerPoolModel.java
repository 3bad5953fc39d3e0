package io.opencenter.installer.ui.wizard.model;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** One editable worker pool of the wizard model. Numbers are boxed: an empty field is "missing", not 0. */
public final class WorkerPoolModel {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Integer> count = new SimpleObjectProperty<>(this, "count");
    private final StringProperty flavor = new SimpleStringProperty(this, "flavor", "");
    private final StringProperty image = new SimpleStringProperty(this, "image", "");
    private final ObjectProperty<Integer> volumeSizeGb = new SimpleObjectProperty<>(this, "volumeSizeGb");

    public WorkerPoolModel() {}

    public WorkerPoolModel(String name, Integer count, String flavor, String image, Integer volumeSizeGb) {
        this.name.set(name);
        this.count.set(count);
        this.flavor.set(flavor);
        this.image.set(image);
        this.volumeSizeGb.set(volumeSizeGb);
    }

    /** Every property, so the owning model can follow edits inside a pool. */
    public List<ObservableValue<?>> properties() {
        return List.of(name, count, flavor, image, volumeSizeGb);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Integer> countProperty() {
        return count;
    }

    public StringProperty flavorProperty() {
        return flavor;
    }

    public StringProperty imageProperty() {
        return image;
    }

    public ObjectProperty<Integer> volumeSizeGbProperty() {
        return volumeSizeGb;
    }
}
