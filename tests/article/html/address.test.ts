import { describe, expect, it } from "vitest";
import { nonPublicRange } from "../../../pipeline/article/html/address.ts";

describe("nonPublicRange", () => {
  it.each([
    ["127.0.0.1", "a loopback"],
    ["127.255.0.9", "a loopback"],
    ["0.0.0.0", "an unspecified"],
    ["10.1.2.3", "a private"],
    ["172.31.255.255", "a private"],
    ["192.168.0.1", "a private"],
    ["100.100.100.200", "a shared (carrier-grade NAT)"],
    ["169.254.169.254", "a cloud metadata"],
    ["169.254.10.10", "a link-local"],
    ["224.0.0.1", "a multicast"],
    ["255.255.255.255", "a reserved"],
    ["::1", "a loopback"],
    ["::", "an unspecified"],
    ["fd00::1", "a private (unique local)"],
    ["fd00:ec2::254", "a private (unique local)"],
    ["fe80::1", "a link-local"],
    ["ff02::1", "a multicast"],
    ["::ffff:127.0.0.1", "a loopback"],
    ["::ffff:7f00:1", "a loopback"],
    ["::ffff:10.0.0.1", "a private"],
    ["::127.0.0.1", "an IPv4-compatible"],
  ])("%s is %s address", (address, range) => {
    expect(nonPublicRange(address)).toBe(range);
  });

  it.each(["8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])("%s is on the public web", (address) => {
    expect(nonPublicRange(address)).toBeNull();
  });

  it("says nothing about what is no IP address", () => {
    expect(nonPublicRange("localhost")).toBeNull();
  });
});
