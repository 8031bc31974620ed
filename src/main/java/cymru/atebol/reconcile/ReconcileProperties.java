package cymru.atebol.reconcile;

import java.util.List;

/**
 * The properties a query may give besides the name: codes in other registries, the local
 * authority an entity is linked with, and the date it must have existed on.
 */
final class ReconcileProperties {

	record Property(String id, String name, String description) {
	}

	static final String ODS_CODE = "odsCode";

	static final String ONS_CODE = "onsCode";

	static final String WIKIDATA_ID = "wikidataId";

	static final String LOCAL_AUTHORITY = "localAuthority";

	static final String AS_OF = "asOf";

	static final List<Property> ALL = List.of(
			new Property(ODS_CODE, "ODS code", "The NHS Organisation Data Service code (e.g. 7A2)."),
			new Property(ONS_CODE, "ONS code", "The Office for National Statistics code (e.g. W11000025)."),
			new Property(WIKIDATA_ID, "Wikidata id", "The Wikidata item (e.g. Q5951050)."),
			new Property(LOCAL_AUTHORITY, "Local authority",
					"A local authority the entity is linked with (its area, its members), by name, Welsh name or id."),
			new Property(AS_OF, "Date (asOf)",
					"A date (YYYY-MM-DD) the entity existed on; its name on that date is the one returned."));

	private ReconcileProperties() {
	}

	static boolean known(String id) {
		return ALL.stream().anyMatch((p) -> p.id().equals(id));
	}

}
