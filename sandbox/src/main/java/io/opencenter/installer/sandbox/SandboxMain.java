package io.opencenter.installer.sandbox;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox cloud until interrupted and prints a clouds.yaml entry for it, so the {@code openstack} CLI or
 * any other client can be pointed at it. Optional argument: a state file to keep the cloud across runs.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxOptions.Builder options = SandboxOptions.builder();
        if (args.length > 0) {
            options.stateFile(Path.of(args[0]));
        }
        SandboxCloud cloud = SandboxCloud.start(options.build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cloud.close();
            stopped.countDown();
        }));
        System.out.println("# " + cloud.label() + " on " + cloud.authUrl());
        System.out.print(cloud.cloudsYaml());
        stopped.await();
    }
}
