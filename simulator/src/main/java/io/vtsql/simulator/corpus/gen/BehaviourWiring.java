package io.vtsql.simulator.corpus.gen;

import io.vtsql.simulator.corpus.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses the sandboxes that ran each executable file (1–3 for about four in five executables,
 * three for the first file, none for documents) and records the file's {@code behaviours}.
 */
final class BehaviourWiring {

  static final long SALT = 71;
  static final List<String> WINDOWS =
      List.of(
          "VirusTotal Jujubox",
          "Zenbox",
          "CAPE Sandbox",
          "VirusTotal Cuckoofork",
          "Dr.Web vxCube",
          "C2AE",
          "Microsoft Sysinternals");
  static final List<String> LINUX = List.of("Zenbox Linux", "Dr.Web vxCube");
  static final List<String> ANDROID = List.of("VirusTotal Droidy", "VirusTotal R2DBox");

  /** One sandbox report: id {@code <sha256>_<sandbox name>}. */
  record BehaviourSeed(String id, Seeds.FileSeed file, String sandbox) {}

  private final long seed;
  private final EdgeBuilder edges;
  private final List<BehaviourSeed> behaviours = new ArrayList<>();

  BehaviourWiring(long seed, EdgeBuilder edges) {
    this.seed = seed;
    this.edges = edges;
  }

  void wire(List<Seeds.FileSeed> files) {
    for (Seeds.FileSeed f : files) {
      if (!f.type().isExecutable()) {
        continue;
      }
      SplittableRandom rng = Gen.rng(seed, SALT, f.index());
      if (f.index() != 0 && rng.nextInt(5) == 0) {
        continue;
      }
      List<String> sandboxes =
          f.type().isPe() ? WINDOWS : f.type() == FileType.ELF ? LINUX : ANDROID;
      int count = f.index() == 0 ? 3 : Math.min(sandboxes.size(), Gen.between(rng, 1, 3));
      int first = f.index() == 0 ? 0 : rng.nextInt(sandboxes.size());
      for (int k = 0; k < count; k++) {
        String sandbox = sandboxes.get((first + k) % sandboxes.size());
        BehaviourSeed b = new BehaviourSeed(f.sha256() + "_" + sandbox, f, sandbox);
        behaviours.add(b);
        edges.add("file", f.sha256(), "behaviours", Ref.of("file_behaviour", b.id()));
      }
    }
  }

  List<BehaviourSeed> behaviours() {
    return behaviours;
  }

  /** Sandboxes whose reports carry Windows event logs (and so Sigma matches). */
  static boolean hasEvtx(String sandbox) {
    return sandbox.equals("VirusTotal Jujubox")
        || sandbox.equals("Zenbox")
        || sandbox.equals("Microsoft Sysinternals");
  }

  /** Sandboxes whose reports carry a network capture (and so IDS alerts). */
  static boolean hasPcap(String sandbox) {
    return !sandbox.equals("Microsoft Sysinternals") && !sandbox.equals("C2AE");
  }
}
