package io.opencenter.installer.provision.destroy;

import io.opencenter.installer.provision.CloudObject;
import java.util.List;

/**
 * Everything destroy would delete for one cluster, in deletion order, grouped by who made it (shown to the user
 * before asking). Found on the cloud by tag, name prefix and the CSI/CCM conventions, not from the journal.
 */
public record DestroyInventory(String cluster, List<CloudObject> installerCreated, List<CloudObject> csiCreated,
                               List<CloudObject> ccmCreated) {

    public int size() {
        return installerCreated.size() + csiCreated.size() + ccmCreated.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
