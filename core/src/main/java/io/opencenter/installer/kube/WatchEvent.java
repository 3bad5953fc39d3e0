package io.opencenter.installer.kube;

/** A change an informer saw: the object after it (for DELETED: the last state known). */
public record WatchEvent(Type type, KubeObject object) {

    public enum Type { ADDED, MODIFIED, DELETED }
}
