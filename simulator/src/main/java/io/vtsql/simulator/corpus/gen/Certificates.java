package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Adds {@code last_https_certificate} and its date to domains and IP addresses, in the shape of
 * capture mdb_domain_haiku-os.org.json (URL objects have none in VirusTotal's URL object docs).
 */
final class Certificates {

  static final long SALT = 77;
  private static final DateTimeFormatter VALIDITY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final String[][] ISSUERS = {
    {"US", "Let's Encrypt", "R11"},
    {"US", "Let's Encrypt", "E6"},
    {"US", "Google Trust Services", "WR1"},
    {"GB", "Sectigo Limited", "Sectigo RSA Domain Validation Secure Server CA"},
    {"US", "DigiCert Inc", "DigiCert Global G2 TLS RSA SHA256 2020 CA1"}
  };

  private Certificates() {}

  /** Adds a certificate for {@code subject} to {@code object} (about two in three get one). */
  static ObjectNode add(long seed, long index, String subject, ObjectNode object) {
    SplittableRandom rng = Gen.rng(seed, SALT, index);
    if (rng.nextInt(3) == 0) {
      return object;
    }
    ObjectNode a = (ObjectNode) object.get("attributes");
    long notBefore = Gen.date(rng, Gen.REFERENCE - 86_400L * 400, Gen.REFERENCE - 86_400L * 5);
    String[] issuer = Gen.pick(rng, ISSUERS);
    boolean letsEncrypt = issuer[1].startsWith("Let's");
    long notAfter = notBefore + 86_400L * (letsEncrypt ? 90 : 365) - 1;
    ObjectNode cert = a.putObject("last_https_certificate");
    ObjectNode signature = cert.putObject("cert_signature");
    signature.put("signature_algorithm", issuer[2].startsWith("E") ? "sha384ECDSA" : "sha256RSA");
    signature.put("signature", Gen.hex(rng, 512));
    ObjectNode extensions = cert.putObject("extensions");
    extensions.putArray("key_usage").add("digitalSignature").add("keyEncipherment");
    extensions.putArray("extended_key_usage").add("serverAuth").add("clientAuth");
    extensions.put("CA", false);
    extensions.putArray("subject_alternative_name").add(subject);
    ObjectNode validity = cert.putObject("validity");
    validity.put("not_after", VALIDITY.format(Instant.ofEpochSecond(notAfter)));
    validity.put("not_before", VALIDITY.format(Instant.ofEpochSecond(notBefore)));
    cert.put("size", Gen.between(rng, 900, 1900));
    cert.put("version", "V3");
    ObjectNode key = cert.putObject("public_key");
    key.put("algorithm", "RSA");
    ObjectNode rsa = key.putObject("rsa");
    rsa.put("modulus", Gen.hex(rng, 512));
    rsa.put("exponent", "10001");
    rsa.put("key_size", 2048);
    cert.put("thumbprint_sha256", Gen.hex(rng, 64));
    cert.put("thumbprint", Gen.hex(rng, 40));
    cert.put("serial_number", Gen.hex(rng, 35));
    ObjectNode issuerNode = cert.putObject("issuer");
    issuerNode.put("C", issuer[0]);
    issuerNode.put("O", issuer[1]);
    issuerNode.put("CN", issuer[2]);
    cert.putObject("subject").put("CN", subject);
    a.put("last_https_certificate_date", Gen.date(rng, notBefore, Gen.REFERENCE));
    return object;
  }
}
