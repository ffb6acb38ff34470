#!/usr/bin/env python3
"""Writes the UDP payload of every DHCP packet in <dir>/<client>.pcap as an annotated hex file
<dir>/<client>/NN-<message>.hex (lines starting with '#' are comments, then 16 octets per line).
Usage: extract-payloads.py <dir> <versions.txt> <client>...   (called by capture.sh)"""
import os
import struct
import sys

TYPES = {1: "discover", 2: "offer", 3: "request", 4: "decline", 5: "ack", 6: "nak", 7: "release", 8: "inform"}


def packets(path):
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack("<I", data[:4])[0]
    endian = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
    linktype = struct.unpack(endian + "I", data[20:24])[0]
    if linktype != 1:
        raise SystemExit(f"{path}: link type {linktype}, expected Ethernet")
    pos = 24
    while pos + 16 <= len(data):
        incl = struct.unpack(endian + "I", data[pos + 8:pos + 12])[0]
        frame = data[pos + 16:pos + 16 + incl]
        pos += 16 + incl
        if struct.unpack("!H", frame[12:14])[0] != 0x0800:
            continue
        ip = frame[14:]
        ihl = (ip[0] & 0x0F) * 4
        if ip[9] != 17:
            continue
        src, dst = ".".join(map(str, ip[12:16])), ".".join(map(str, ip[16:20]))
        udp = ip[ihl:]
        sport, dport, ulen = struct.unpack("!HHH", udp[:6])
        yield src, sport, dst, dport, bytes(udp[8:ulen])


def message_type(payload):
    pos = 240
    while pos < len(payload):
        code = payload[pos]
        if code == 0:
            pos += 1
            continue
        if code == 255 or pos + 1 >= len(payload):
            break
        length = payload[pos + 1]
        if code == 53 and length == 1:
            return TYPES.get(payload[pos + 2], f"type{payload[pos + 2]}")
        pos += 2 + length
    return "bootp"


def main():
    out, versions, clients = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(versions) as f:
        header = f.read()
    for client in clients:
        pcap = os.path.join(out, client + ".pcap")
        if not os.path.exists(pcap):
            continue
        target = os.path.join(out, client)
        os.makedirs(target, exist_ok=True)
        for name in os.listdir(target):
            if name.endswith(".hex"):
                os.remove(os.path.join(target, name))
        for n, (src, sport, dst, dport, payload) in enumerate(packets(pcap), start=1):
            kind = message_type(payload)
            sender = "client" if sport == 68 else "server" if payload[:1] == b"\x02" else "relay agent"
            with open(os.path.join(target, f"{n:02d}-{kind}.hex"), "w") as f:
                f.write(header)
                f.write(f"# {client}.pcap packet {n}: DHCP{kind.upper()} from the {sender}, "
                        f"{src}:{sport} -> {dst}:{dport}, {len(payload)} octets of UDP payload\n")
                for i in range(0, len(payload), 16):
                    f.write(payload[i:i + 16].hex(" ") + "\n")
            print(f"{client}/{n:02d}-{kind}.hex  {sender}  {src}:{sport} -> {dst}:{dport}  {len(payload)}")


main()
