package io.opencenter.installer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogLoaderTest {
    @Test
    void builtInLoads() {
        Catalog c = Catalog.builtIn();
        assertThat(c.services()).isNotEmpty();
        for (Profile p : Profile.values()) {
            System.out.println(p + " " + c.rolloutWaves(c.select(p, java.util.List.of())).stream()
                    .map(w -> w.stream().map(ServiceDef::id).toList()).toList());
        }
    }
}
