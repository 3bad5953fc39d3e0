package io.opencenter.installer.cli;

import io.opencenter.installer.install.InstallListener;
import io.opencenter.installer.install.InstallRequest;
import io.opencenter.installer.install.InstallResult;
import io.opencenter.installer.install.Installation;
import io.opencenter.installer.provision.Cancellation;

/** Runs one install for apply: {@link Installation#run} in the process; a scripted one in tests of what apply prints. */
@FunctionalInterface
public interface InstallRunner {
    InstallRunner ENGINE = Installation::run;

    InstallResult run(InstallRequest request, InstallListener listener, Cancellation cancel);
}
