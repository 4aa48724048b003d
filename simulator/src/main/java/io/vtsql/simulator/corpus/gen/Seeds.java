package io.vtsql.simulator.corpus.gen;

import java.util.List;

/** The compact per-object facts fixed at generation time; everything else is derived lazily. */
final class Seeds {

  private Seeds() {}

  /** A generated file: its index, kind and the hashes of its bytes. */
  record FileSeed(int index, FileType type, String md5, String sha1, String sha256) {}

  /** A generated domain; {@code parent} is -1 for registered domains. */
  record DomainSeed(int index, String name, int parent, List<String> addresses) {}

  /** A generated IPv4 address and the network it belongs to. */
  record IpSeed(int index, String address, Networks.Network network) {}

  /** A generated URL: host is a domain (hostDomain ≥ 0) or an IP; servingIp indexes the IPs. */
  record UrlSeed(int index, String url, String sha256, int hostDomain, int hostIp, int servingIp) {}

  /** A passive-DNS observation; ids are {@code <ip><domain>}. */
  record ResolutionSeed(String id, int ip, int domain, long date, String resolver) {}

  /** A comment, vote, submission or whois record attached to one object. */
  record MinorSeed(
      String id, String type, String ownerType, String ownerId, long date, long salt) {}
}
