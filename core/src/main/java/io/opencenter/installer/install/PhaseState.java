package io.opencenter.installer.install;

public enum PhaseState { PENDING, RUNNING, DONE, FAILED, CANCELLED, NOT_AVAILABLE }
