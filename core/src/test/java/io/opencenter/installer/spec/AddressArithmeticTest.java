package io.opencenter.installer.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressArithmeticTest {

    @Test
    void parsesTheWholeAddressSpace() {
        assertThat(Ipv4.parse("0.0.0.0").value()).isZero();
        assertThat(Ipv4.parse("255.255.255.255").value()).isEqualTo(0xFFFF_FFFFL);
        assertThat(Ipv4.parse("10.20.0.10").toString()).isEqualTo("10.20.0.10");
        assertThat(Ipv4.parse("255.255.255.254").plus(1)).isEqualTo(Ipv4.parse("255.255.255.255"));
    }

    @Test
    void stepsPastTheLastAddressAreRefused() {
        assertThatThrownBy(() -> Ipv4.parse("255.255.255.255").plus(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ipv4.parse("0.0.0.0").plus(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.0.0.1", "1.2.3.-4", "01.2.3.4", "1.2.3.4 ", " 1.2.3.4",
            "a.b.c.d", "1..3.4", "::1", "1.2.3.4/32", "+1.2.3.4", "1.2.3.1000"})
    void rejectsMalformedAddresses(String text) {
        assertThat(Ipv4.isValid(text)).isFalse();
        assertThatThrownBy(() -> Ipv4.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageFindingMatch(".+");
    }

    @Test
    void explainsWhatIsWrongWithAnAddress() {
        assertThatThrownBy(() -> Ipv4.parse("10.20.0.300")).hasMessageContaining("300 is greater than 255");
        assertThatThrownBy(() -> Ipv4.parse("010.0.0.1")).hasMessageContaining("leading zero");
        assertThatThrownBy(() -> Ipv4.parse("fd00::1")).hasMessageContaining("IPv6");
    }

    @Test
    void slash32IsASingleAddress() {
        Cidr one = Cidr.parse("10.20.0.7/32");
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.network()).isEqualTo(one.broadcast()).isEqualTo(Ipv4.parse("10.20.0.7"));
        assertThat(one.hasHostBits()).isFalse();
        assertThat(one.contains(Ipv4.parse("10.20.0.7"))).isTrue();
        assertThat(one.contains(Ipv4.parse("10.20.0.8"))).isFalse();
    }

    @Test
    void slash0IsEverything() {
        Cidr all = Cidr.parse("0.0.0.0/0");
        assertThat(all.size()).isEqualTo(1L << 32);
        assertThat(all.mask()).isZero();
        assertThat(all.broadcast()).isEqualTo(Ipv4.parse("255.255.255.255"));
        assertThat(all.contains(Ipv4.parse("255.255.255.255"))).isTrue();
        assertThat(all.overlaps(Cidr.parse("10.0.0.0/8"))).isTrue();
        assertThat(Cidr.parse("1.0.0.0/0").hasHostBits()).isTrue();
    }

    @Test
    void findsHostBitsAndTheNetworkTheyBelongTo() {
        Cidr cidr = Cidr.parse("10.20.0.5/24");
        assertThat(cidr.hasHostBits()).isTrue();
        assertThat(cidr.canonical()).isEqualTo(Cidr.parse("10.20.0.0/24"));
        assertThat(cidr.network()).isEqualTo(Ipv4.parse("10.20.0.0"));
        assertThat(cidr.broadcast()).isEqualTo(Ipv4.parse("10.20.0.255"));
        assertThat(Cidr.parse("10.96.0.0/12").hasHostBits()).isFalse();
        assertThat(Cidr.parse("10.97.0.0/12").canonical().toString()).isEqualTo("10.96.0.0/12");
    }

    @Test
    void topOfTheAddressSpaceDoesNotOverflow() {
        Cidr top = Cidr.parse("255.255.255.0/24");
        assertThat(top.broadcast()).isEqualTo(Ipv4.parse("255.255.255.255"));
        assertThat(top.toRange().size()).isEqualTo(256);
        assertThat(top.contains(Ipv4.parse("255.255.255.255"))).isTrue();
    }

    @Test
    void overlapIsSymmetricAndExactAtTheEdges() {
        Cidr a = Cidr.parse("10.20.0.0/24");
        Cidr next = Cidr.parse("10.20.1.0/24");
        Cidr wide = Cidr.parse("10.16.0.0/12");
        assertThat(a.overlaps(next)).isFalse();
        assertThat(next.overlaps(a)).isFalse();
        assertThat(a.overlaps(wide)).isTrue();
        assertThat(wide.overlaps(a)).isTrue();
        assertThat(Cidr.parse("10.244.0.0/16").overlaps(Cidr.parse("10.96.0.0/12"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "10.0.0.0/024", "10.0.0.0/08",
            "10.0.0/8", "fd00::/64", "10.0.0.0/-1", ""})
    void rejectsMalformedCidrs(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangesParseBothNotations() {
        AddressRange dash = AddressRange.parse("10.20.0.200-10.20.0.220");
        assertThat(dash.size()).isEqualTo(21);
        assertThat(AddressRange.parse("10.20.0.200 - 10.20.0.220")).isEqualTo(dash);
        AddressRange cidr = AddressRange.parse("10.20.0.192/27");
        assertThat(cidr.start()).isEqualTo(Ipv4.parse("10.20.0.192"));
        assertThat(cidr.end()).isEqualTo(Ipv4.parse("10.20.0.223"));
        assertThat(AddressRange.parse("10.20.0.9-10.20.0.9").size()).isEqualTo(1);
        assertThat(AddressRange.parse("10.20.0.9/32").size()).isEqualTo(1);
    }

    @Test
    void rangesKnowTheirEdges() {
        AddressRange pool = AddressRange.parse("10.20.0.200-10.20.0.220");
        assertThat(pool.contains(Ipv4.parse("10.20.0.200"))).isTrue();
        assertThat(pool.contains(Ipv4.parse("10.20.0.220"))).isTrue();
        assertThat(pool.contains(Ipv4.parse("10.20.0.221"))).isFalse();
        assertThat(pool.isInside(Cidr.parse("10.20.0.0/24"))).isTrue();
        assertThat(AddressRange.parse("10.20.0.250-10.20.1.5").isInside(Cidr.parse("10.20.0.0/24"))).isFalse();
        assertThat(pool.overlaps(AddressRange.parse("10.20.0.220-10.20.0.230"))).isTrue();
        assertThat(pool.overlaps(AddressRange.parse("10.20.0.221-10.20.0.230"))).isFalse();
    }

    @Test
    void rejectsBackwardsAndMalformedRanges() {
        assertThatThrownBy(() -> AddressRange.parse("10.20.0.220-10.20.0.200")).hasMessageContaining("comes after");
        assertThatThrownBy(() -> AddressRange.parse("10.20.0.201/28")).hasMessageContaining("10.20.0.192/28");
        assertThatThrownBy(() -> AddressRange.parse("10.20.0.200")).hasMessageContaining("first-last");
        assertThatThrownBy(() -> AddressRange.parse("10.20.0.200-")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddressRange(Ipv4.parse("10.0.0.2"), Ipv4.parse("10.0.0.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
