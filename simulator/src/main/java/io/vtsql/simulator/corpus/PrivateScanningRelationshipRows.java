package io.vtsql.simulator.corpus;

/**
 * The relationships of the Private Scanning objects, as the simulator reads
 * reference/private-files, private-analyses, private-urls and their relationship pages: name,
 * target type(s) separated by {@code |}, flags ({@code 1} = 1:1; none is premium-only: the whole
 * product needs its licence), description.
 */
final class PrivateScanningRelationshipRows {
  static final String[][] PRIVATE_FILE = {
    {"analyses", "private_analysis", "", "Private analyses of the file"},
    {"behaviours", "private_file_behaviour", "", "Sandbox reports of the private file"},
    {"dropped_files", "private_file", "", "Files dropped by the file during its execution"},
    {"embedded_domains", "domain", "", "Domain names contained in the file's body"},
    {"embedded_ips", "ip_address", "", "IP addresses contained in the file's body"},
    {"embedded_urls", "url", "", "URLs contained in the file's body"},
  };

  static final String[][] PRIVATE_ANALYSIS = {
    {"item", "private_file|private_url", "1", "The private file or URL analysed"},
  };

  static final String[][] PRIVATE_URL = {
    {"analyses", "private_analysis", "", "Private analyses of the URL"},
  };

  private PrivateScanningRelationshipRows() {}
}
