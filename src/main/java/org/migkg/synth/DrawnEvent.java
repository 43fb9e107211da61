package org.migkg.synth;

import java.time.LocalDate;
import java.util.List;

/** An original event with what writing it again needs: its topic, its people and their roles. */
record DrawnEvent(SyntheticCorpus.GeneratedEvent generated, int number, LocalDate date, List<String> topic, List<GeneratedPerson> people, List<String> roles) {}
