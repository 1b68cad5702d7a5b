package dev.cartera.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The addresses as /proc/net/tcp and tcp6 print them, read back (ClusterIT judges the cluster's sockets by them). */
class ListeningSocketsTest {

    @Test
    void readsIpv4Ipv6AndMappedAddresses() {
        assertEquals("127.0.0.1:18500", ListeningSockets.address("0100007F:4844"));
        assertEquals("0.0.0.0:8080", ListeningSockets.address("00000000:1F90"));
        assertEquals("127.0.0.1:18501", ListeningSockets.address("0000000000000000FFFF00000100007F:4845"));
        assertEquals("[0:0:0:0:0:0:0:0]:8080", ListeningSockets.address("00000000000000000000000000000000:1F90"));
        assertEquals("[0:0:0:0:0:0:0:1]:8080", ListeningSockets.address("00000000000000000000000001000000:1F90"));
    }
}
