package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressPlanTest {

    @Test
    void suggestedBlockClearsEveryPlannedBlock() {
        List<Cidr> planned = List.of(Cidr.parse("10.0.0.0/9"), Cidr.parse("10.128.0.0/28"), Cidr.parse("10.20.0.0/24"));
        Cidr suggestion = AddressPlan.disjointExample(Cidr.parse("10.128.0.0/28"), planned);
        assertThat(suggestion.prefix()).isEqualTo(28);
        assertThat(planned).noneMatch(suggestion::overlaps);
        assertThat(suggestion.hasHostBits()).isFalse();
    }

    @Test
    void movesToAnotherPrivateRangeWhenTenIsFull() {
        List<Cidr> planned = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("10.1.0.0/28"));
        Cidr suggestion = AddressPlan.disjointExample(Cidr.parse("10.1.0.0/28"), planned);
        assertThat(suggestion).isEqualTo(Cidr.parse("172.16.0.0/28"));
    }

    @Test
    void examplePoolAndVipFitTheNodeNetwork() {
        Cidr slash24 = Cidr.parse("10.20.0.0/24");
        assertThat(AddressPlan.examplePool(slash24)).hasToString("10.20.0.200-10.20.0.220");
        assertThat(AddressPlan.exampleVip(slash24, null)).hasToString("10.20.0.10");
        Cidr slash28 = Cidr.parse("10.20.0.16/28");
        AddressRange pool = AddressPlan.examplePool(slash28);
        assertThat(pool.isInside(slash28)).isTrue();
        assertThat(pool.contains(slash28.broadcast())).isFalse();
        assertThat(AddressPlan.exampleVip(slash28, pool)).hasToString("10.20.0.26");
        assertThat(AddressPlan.nodeAddresses(slash24, AddressRange.parse("10.20.0.200-10.20.0.220"), Ipv4.parse("10.20.0.10")))
                .isEqualTo(256 - 3 - 1 - 21);
    }
}
