package dev.cartera.web.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a request comes from, for telling clients apart (the login throttling). The socket's peer, unless it is one
 * of the configured reverse proxies: then X-Forwarded-For is read from the right, past every trusted proxy, and the
 * first address that is not one is the client. Everything left of it could have been written by the client
 * itself, so it is never believed; with no proxy configured the header is ignored altogether.
 * <p>
 * Addresses are parsed as literals only (never looked up by name) and given in one canonical text, so the same
 * client always has the same key.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern BRACKETED_WITH_PORT = Pattern.compile("\\[([^]]+)](:\\d{1,5})?");

    private final List<Block> proxies;

    private TrustedProxies(List<Block> proxies) {
        this.proxies = proxies;
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /**
     * @param entries addresses or CIDR blocks ({@code 10.0.0.0/8}, {@code ::1}); blank ones are skipped
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static TrustedProxies of(List<String> entries) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.isBlank()) {
                blocks.add(Block.parse(entry.trim()));
            }
        }
        return new TrustedProxies(List.copyOf(blocks));
    }

    public boolean isEmpty() {
        return proxies.isEmpty();
    }

    /**
     * @param remoteAddress   the socket's peer, as the servlet container gives it
     * @param forwardedFor    every X-Forwarded-For header of the request, in order (each may list several hops)
     */
    public String clientOf(String remoteAddress, List<String> forwardedFor) {
        Optional<byte[]> peer = address(remoteAddress);
        if (peer.isEmpty()) {
            return remoteAddress;
        }
        byte[] nearest = peer.get();
        if (!trusts(nearest)) {
            return text(nearest);
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            hops.addAll(Arrays.asList(header.split(",")));
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<byte[]> hop = address(hops.get(i));
            if (hop.isEmpty()) {
                // a hop that is no address ("unknown", garbage): the last proxy we trust is all we know
                break;
            }
            nearest = hop.get();
            if (!trusts(nearest)) {
                break;
            }
        }
        return text(nearest);
    }

    private boolean trusts(byte[] address) {
        return proxies.stream().anyMatch(block -> block.contains(address));
    }

    /** An IPv4 or IPv6 literal (an IPv4 one may carry a port, an IPv6 one brackets and a port), else empty. */
    static Optional<byte[]> address(String text) {
        String literal = text == null ? "" : text.trim();
        var bracketed = BRACKETED_WITH_PORT.matcher(literal);
        if (bracketed.matches()) {
            literal = bracketed.group(1);
        }
        var withPort = IPV4_WITH_PORT.matcher(literal);
        if (withPort.matches()) {
            literal = withPort.group(1);
        }
        int zone = literal.indexOf('%');
        if (zone > 0) {
            literal = literal.substring(0, zone);
        }
        // checked before InetAddress sees it: anything else would be looked up by name
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of " + address.length + " bytes", e);
        }
    }

    /** An address and how many of its leading bits a match must share. */
    private record Block(byte[] network, int prefix) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            Optional<byte[]> network = address(slash < 0 ? entry : entry.substring(0, slash));
            if (network.isEmpty()) {
                throw new IllegalArgumentException("cartera.http.trusted-proxies: " + entry + " is not an IP address or CIDR block");
            }
            int bits = network.get().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("cartera.http.trusted-proxies: " + entry + " has no prefix length from 0 to " + bits);
                }
            }
            return new Block(network.get(), prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
