/**
 * Which IP addresses are not on the public web: `add --url` downloads from
 * them only when asked to, so that a page (or a redirect) cannot make it read
 * the machine itself, the local network or a cloud's metadata service.
 */
import { BlockList, isIP } from "node:net";

// First match names the range; an IPv4-mapped IPv6 address (::ffff:a.b.c.d) matches its IPv4 range.
const RANGES: [name: string, subnet: string, prefix: number][] = [
  ["a cloud metadata", "169.254.169.254", 32],
  ["an unspecified", "0.0.0.0", 8],
  ["a private", "10.0.0.0", 8],
  ["a shared (carrier-grade NAT)", "100.64.0.0", 10],
  ["a loopback", "127.0.0.0", 8],
  ["a link-local", "169.254.0.0", 16],
  ["a private", "172.16.0.0", 12],
  ["a reserved", "192.0.0.0", 24],
  ["a private", "192.168.0.0", 16],
  ["a benchmarking", "198.18.0.0", 15],
  ["a multicast", "224.0.0.0", 4],
  ["a reserved", "240.0.0.0", 4],
  ["an unspecified", "::", 128],
  ["a loopback", "::1", 128],
  ["an IPv4-compatible", "::", 96],
  ["a private (unique local)", "fc00::", 7],
  ["a link-local", "fe80::", 10],
  ["a site-local", "fec0::", 10],
  ["a multicast", "ff00::", 8],
];

const LISTS = RANGES.map(([name, subnet, prefix]) => {
  const list = new BlockList();
  const family = isIP(subnet) === 4 ? "ipv4" : "ipv6";
  list.addSubnet(subnet, prefix, family);
  return { name, list };
});

/** `a loopback`, `a private`, … for an address off the public web, else null. */
export function nonPublicRange(address: string): string | null {
  const version = isIP(address);
  if (version === 0) return null;
  const family = version === 4 ? "ipv4" : "ipv6";
  return LISTS.find(({ list }) => list.check(address, family))?.name ?? null;
}
