package dev.cartera.web.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP addresses a process listens on, from Linux's /proc: its descriptors name socket inodes, and
 * /proc/net/tcp and tcp6 give each listening inode's local address. No tool (ss, netstat) needed.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    static List<String> of(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away between the listing and the read
                }
            }
        }
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                String[] columns = line.trim().split("\\s+");
                if (columns[3].equals(LISTEN) && inodes.contains(columns[9])) {
                    addresses.add(address(columns[1]));
                }
            }
        }
        return addresses;
    }

    /** "0100007F:4844" (IPv4) or 32 hex digits (IPv6), each 32-bit word in the host's little-endian order, and the port. */
    static String address(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        byte[] bytes = HexFormat.of().parseHex(parts[0]);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swapped = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = swapped;
            }
        }
        if (bytes.length == 16 && isV4Mapped(bytes)) {
            bytes = Arrays.copyOfRange(bytes, 12, 16);
        }
        try {
            String ip = InetAddress.getByAddress(bytes).getHostAddress();
            return (bytes.length == 16 ? "[" + ip + "]" : ip) + ":" + port;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(hex, e);
        }
    }

    private static boolean isV4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
