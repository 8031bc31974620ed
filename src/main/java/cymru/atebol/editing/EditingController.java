package cymru.atebol.editing;

import java.security.Principal;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import cymru.atebol.editing.EditInputs.CreateEntityInput;
import cymru.atebol.editing.EditInputs.DissolveEntityInput;
import cymru.atebol.editing.EditInputs.EndRelationshipInput;
import cymru.atebol.editing.EditInputs.RenameEntityInput;
import cymru.atebol.editing.EditInputs.ReplaceEntitiesInput;
import cymru.atebol.editing.EditInputs.StartRelationshipInput;
import cymru.atebol.editing.EditInputs.UpdateEntityInput;

/**
 * The mutations of {@code schema/editing.graphqls}. Only signed-in editors reach them:
 * method security refuses anyone else before a handler runs ({@code EditorAccess} says
 * who may edit); the editor's name is recorded with every fact an edit writes.
 */
@Controller
class EditingController {

	private final EntityEdits entities;

	private final RelationshipEdits relationships;

	EditingController(EntityEdits entities, RelationshipEdits relationships) {
		this.entities = entities;
		this.relationships = relationships;
	}

	@MutationMapping
	@PreAuthorize("@editorAccess.decide(authentication)")
	EntityEdit createEntity(@Argument CreateEntityInput input, Principal editor) {
		return this.entities.create(input, editor.getName());
	}

	@MutationMapping
	@PreAuthorize("@editorAccess.decide(authentication)")
	EntityEdit updateEntity(@Argument UpdateEntityInput input, Principal editor) {
		return this.entities.update(input, editor.getName());
	}

	@MutationMapping
	@PreAuthorize("@editorAccess.decide(authentication)")
	EntityEdit renameEntity(@Argument RenameEntityInput input, Principal editor) {
		return this.entities.rename(input, editor.getName());
	}

	@MutationMapping
	@PreAuthorize("@editorAccess.decide(authentication)")
	EntityEdit dissolveEntity(@Argument DissolveEntityInput input, Principal editor) {
		return this.entities.dissolve(input, editor.getName());
	}

	@MutationMapping
	@PreAuthorize("@editorAccess.decide(authentication)")
	ReplacementEdit replaceEntities(@Argument ReplaceEntitiesInput input, Principal editor) {
		return this.entities.replace(input, editor.getName());
	}

	@MutationMapping
	@PreAuthorize("@editorAccess.decide(authentication)")
	RelationshipEdit startRelationship(@Argument StartRelationshipInput input, Principal editor) {
		return this.relationships.start(input, editor.getName());
	}

	@MutationMapping
	@PreAuthorize("@editorAccess.decide(authentication)")
	RelationshipEdit endRelationship(@Argument EndRelationshipInput input, Principal editor) {
		return this.relationships.end(input, editor.getName());
	}

}
