package cymru.atebol.entity;

import java.util.List;

import cymru.atebol.system.Connection;

/**
 * A page of one entity's relationships, with where it starts and how many there are in
 * all.
 */
record RelationshipPage(List<Relationship> relationships, int offset, int total) {

	/** No relationship on the page's terms. */
	static RelationshipPage empty(int offset) {
		return new RelationshipPage(List.of(), offset, 0);
	}

	Connection<Relationship> connection() {
		return Connection.of(this.relationships, this.offset, this.total);
	}

}
