package io.vtsql.simulator.search;

/** A node of a parsed search query; {@link #toString()} is a canonical prefix form for tests. */
sealed interface Node permits AndNode, OrNode, NotNode, TermNode {}
