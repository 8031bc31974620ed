package cymru.atebol.export;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Writes the header of each network file. The dataset's version, record time, licence and
 * citation are not known yet and stay empty; this is the one place to add them.
 */
@Component
class ExportHeaders {

	ExportHeader on(LocalDate date) {
		return new ExportHeader("Atebol: the governance of health and care in Wales on " + date,
				"The bodies that existed on " + date + " and the relationships in force between them, "
						+ "with the names in force then; every fact dated and sourced.",
				date, null, null, null, null);
	}

	ExportHeader history() {
		return new ExportHeader("Atebol: the governance of health and care in Wales, the whole history",
				"Every body and relationship with the spells they were in force (both ends inclusive; "
						+ "no start: not known; no end: still in force) and the names over time; every fact dated and sourced.",
				null, null, null, null, null);
	}

}
