package dev.cartera.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address a request's client has, with and without trusted reverse proxies. */
class TrustedProxiesTest {

    @Test
    void withNoProxyConfiguredXForwardedForIsIgnored() {
        TrustedProxies none = TrustedProxies.none();
        assertEquals("127.0.0.1", none.clientOf("127.0.0.1", List.of("203.0.113.9")));
        assertEquals("198.51.100.4", none.clientOf("198.51.100.4", List.of("203.0.113.9, 10.0.0.1")));
        assertTrue(TrustedProxies.of(List.of("", " ")).isEmpty(), "an empty list trusts nobody");
    }

    @Test
    void anUntrustedPeersHeaderIsIgnored() {
        TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8"));
        assertEquals("198.51.100.4", proxies.clientOf("198.51.100.4", List.of("203.0.113.9")));
    }

    @Test
    void theClientIsTheRightMostAddressThatIsNoTrustedProxy() {
        TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "192.168.1.1"));
        // the client wrote 1.2.3.4 itself; 203.0.113.9 is what our outer proxy saw
        assertEquals("203.0.113.9", proxies.clientOf("10.1.2.3", List.of("1.2.3.4, 203.0.113.9, 192.168.1.1")));
        assertEquals("203.0.113.9", proxies.clientOf("10.1.2.3", List.of("1.2.3.4", "203.0.113.9,10.9.9.9")),
                "several headers are one chain");
    }

    @Test
    void aChainOfTrustedProxiesOnlyGivesTheLeftMost() {
        TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8"));
        assertEquals("10.0.0.7", proxies.clientOf("10.1.2.3", List.of("10.0.0.7")));
        assertEquals("10.1.2.3", proxies.clientOf("10.1.2.3", List.of()), "no header: the proxy itself");
    }

    @Test
    void aHopThatIsNoAddressStopsAtTheLastTrustedProxy() {
        TrustedProxies proxies = TrustedProxies.of(List.of("127.0.0.1"));
        assertEquals("127.0.0.1", proxies.clientOf("127.0.0.1", List.of("unknown")));
        assertEquals("127.0.0.1", proxies.clientOf("127.0.0.1", List.of("example.com")), "never a name lookup");
        assertEquals("127.0.0.1", proxies.clientOf("127.0.0.1", List.of("1.2.3.999")));
    }

    @Test
    void addressesGetOneCanonicalText() {
        TrustedProxies proxies = TrustedProxies.of(List.of("::1", "127.0.0.1"));
        assertEquals("2001:db8:0:0:0:0:0:1", proxies.clientOf("0:0:0:0:0:0:0:1", List.of("2001:DB8::1")));
        assertEquals("203.0.113.9", proxies.clientOf("127.0.0.1", List.of("203.0.113.9:51234")), "a port is dropped");
        assertEquals("2001:db8:0:0:0:0:0:1", proxies.clientOf("127.0.0.1", List.of("[2001:db8::1]:443")));
        assertEquals("203.0.113.9", proxies.clientOf("127.0.0.1", List.of("::ffff:203.0.113.9")), "IPv4-mapped");
    }

    @Test
    void ipv6BlocksMatchByPrefix() {
        TrustedProxies proxies = TrustedProxies.of(List.of("fd00::/8"));
        assertEquals("203.0.113.9", proxies.clientOf("fd12:3456::1", List.of("203.0.113.9")));
        assertEquals("fe80:0:0:0:0:0:0:1", proxies.clientOf("fe80::1", List.of("203.0.113.9")));
    }

    @Test
    void aWrongEntryIsRefusedByName() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.of(List.of("10.0.0.0/8", "proxy.internal")));
        assertTrue(wrong.getMessage().contains("proxy.internal"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("10.0.0.0/x")));
    }
}
