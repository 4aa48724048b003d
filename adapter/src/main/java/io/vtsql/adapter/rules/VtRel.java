package io.vtsql.adapter.rules;

import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;

/** Relational expressions evaluated by VirusTotal; only {@link VtTableScan} lives here. */
public interface VtRel extends RelNode {
  /** Calling convention of VirusTotal scans. */
  Convention CONVENTION = new Convention.Impl("VT", VtRel.class);
}
