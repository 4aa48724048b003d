package io.vtsql.simulator.corpus.gen;

import java.util.List;

/** Autonomous systems the generated IP addresses live in, with their registry facts. */
final class Networks {

  /** One /16 of an autonomous system. */
  record Network(
      int asn,
      String owner,
      String country,
      String continent,
      String registry,
      int firstOctet,
      int secondOctet) {
    String cidr() {
      return firstOctet + "." + secondOctet + ".0.0/16";
    }
  }

  static final List<Network> ALL =
      List.of(
          new Network(13335, "CLOUDFLARENET", "US", "NA", "ARIN", 104, 21),
          new Network(16509, "AMAZON-02", "US", "NA", "ARIN", 52, 95),
          new Network(14061, "DIGITALOCEAN-ASN", "US", "NA", "ARIN", 159, 203),
          new Network(24940, "Hetzner Online GmbH", "DE", "EU", "RIPE NCC", 88, 198),
          new Network(16276, "OVH SAS", "FR", "EU", "RIPE NCC", 51, 75),
          new Network(15169, "GOOGLE", "US", "NA", "ARIN", 142, 250),
          new Network(8075, "MICROSOFT-CORP-MSN-AS-BLOCK", "US", "NA", "ARIN", 20, 42),
          new Network(20473, "AS-CHOOPA", "US", "NA", "ARIN", 45, 77),
          new Network(4134, "Chinanet", "CN", "AS", "APNIC", 218, 92),
          new Network(
              45090,
              "Shenzhen Tencent Computer Systems Company Limited",
              "CN",
              "AS",
              "APNIC",
              43,
              130),
          new Network(9009, "M247 Europe SRL", "RO", "EU", "RIPE NCC", 185, 244),
          new Network(49505, "JSC Selectel", "RU", "EU", "RIPE NCC", 95, 213),
          new Network(63949, "Akamai Connected Cloud", "US", "NA", "ARIN", 172, 104),
          new Network(51167, "Contabo GmbH", "DE", "EU", "RIPE NCC", 161, 97),
          new Network(202425, "IP Volume inc", "NL", "EU", "RIPE NCC", 80, 82),
          new Network(7922, "COMCAST-7922", "US", "NA", "ARIN", 73, 15),
          new Network(28573, "Claro NXT Telecomunicacoes Ltda", "BR", "SA", "LACNIC", 177, 32),
          new Network(37963, "Hangzhou Alibaba Advertising Co.,Ltd.", "CN", "AS", "APNIC", 47, 74),
          new Network(36351, "SOFTLAYER", "US", "NA", "ARIN", 169, 62),
          new Network(37611, "Afrihost", "ZA", "AF", "AFRINIC", 197, 242));

  private Networks() {}
}
