package io.opencenter.installer.provision;

/** Whether a node runs the control plane or belongs to a worker pool; bootstrap data differs between them. */
public enum NodeRole { CONTROL_PLANE, WORKER }
