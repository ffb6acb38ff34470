package org.leasekeeper.dhcp.codec;

import static org.leasekeeper.dhcp.codec.BootpLayout.MAX_OPTION_INSTANCE;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Lays option instances out over the options field and, when they do not fit, over {@code file} and then
 * {@code sname} (option overload, RFC 2132 §9.3; concatenation order of RFC 3396). Values longer than
 * 255 octets become consecutive instances of the same code (RFC 3396). An instance is never split to fill
 * the rest of a field: it moves whole to the next field, so receivers without RFC 3396 support still read
 * every option that is not longer than 255 octets.
 */
final class OptionPlacement {

    /** Areas in aggregate order; each holds whole instances, End is added by the encoder. */
    final ByteArrayOutputStream options = new ByteArrayOutputStream();
    final ByteArrayOutputStream file = new ByteArrayOutputStream();
    final ByteArrayOutputStream sname = new ByteArrayOutputStream();
    int overload;

    private OptionPlacement() {
    }

    static List<byte[]> instances(DhcpOptions options, List<Integer> order) {
        List<byte[]> instances = new ArrayList<>();
        for (int code : order) {
            byte[] data = options.raw(code);
            int pos = 0;
            do {
                int length = Math.min(MAX_OPTION_INSTANCE, data.length - pos);
                byte[] instance = new byte[2 + length];
                instance[0] = (byte) code;
                instance[1] = (byte) length;
                System.arraycopy(data, pos, instance, 2, length);
                instances.add(instance);
                pos += length;
            } while (pos < data.length);
        }
        return instances;
    }

    /**
     * Places the instances given the room (End excluded) in the options field, and whether file and sname
     * are free; null when they do not fit.
     */
    static @Nullable OptionPlacement place(List<byte[]> instances, int optionsRoom, boolean fileFree, boolean snameFree) {
        OptionPlacement placement = new OptionPlacement();
        int total = instances.stream().mapToInt(i -> i.length).sum();
        if (total <= optionsRoom) {
            instances.forEach(placement.options::writeBytes);
            return placement;
        }
        /* Overload: 3 octets of option 52 in the options field; file and sname keep one octet for End. */
        List<ByteArrayOutputStream> areas = new ArrayList<>(List.of(placement.options));
        List<Integer> rooms = new ArrayList<>(List.of(optionsRoom - 3));
        if (fileFree) {
            areas.add(placement.file);
            rooms.add(DhcpMessage.FILE_LENGTH - 1);
        }
        if (snameFree) {
            areas.add(placement.sname);
            rooms.add(DhcpMessage.SNAME_LENGTH - 1);
        }
        int area = 0;
        for (byte[] instance : instances) {
            while (area < areas.size() && areas.get(area).size() + instance.length > rooms.get(area)) {
                area++;
            }
            if (area == areas.size()) {
                return null;
            }
            areas.get(area).writeBytes(instance);
        }
        placement.overload = (placement.file.size() > 0 ? 1 : 0) | (placement.sname.size() > 0 ? 2 : 0);
        placement.options.writeBytes(new byte[] {(byte) DhcpOptionCode.OPTION_OVERLOAD, 1, (byte) placement.overload});
        return placement;
    }

    static boolean allZero(byte[] field) {
        return Arrays.equals(field, new byte[field.length]);
    }
}
