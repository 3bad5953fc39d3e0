package io.opencenter.installer.bootstrap.cloudprovider;

/** Settings for tests: a made-up credential, never a real one. */
final class Settings {
    static final String SECRET = "t-cloudcred-Secret-" + "4Kq9;#\"x";
    static final String CA = "-----BEGIN CERTIFICATE-----\nMIIBtest\n-----END CERTIFICATE-----\n";

    private Settings() {}

    static CloudProviderSettings demo() {
        return new CloudProviderSettings("demo", "https://keystone.example.test:5000/v3", "RegionOne",
                "0123456789abcdef0123456789abcdef", SECRET, null, false);
    }

    static CloudProviderSettings withCa() {
        return new CloudProviderSettings("demo", "https://keystone.example.test:5000/v3", "RegionOne",
                "0123456789abcdef0123456789abcdef", SECRET, CA, false);
    }
}
