package cymru.atebol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * The project's GraphQL SDL, every file of the top-level {@code schema/} folder, for
 * tests without Spring.
 */
public final class ProjectSchema {

	private ProjectSchema() {
	}

	public static TypeDefinitionRegistry types() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("schema"))) {
			files.filter(f -> f.toString().endsWith(".graphqls"))
				.sorted()
				.forEach(f -> registry.merge(new SchemaParser().parse(f.toFile())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return registry;
	}

	/** The same as a schema graphql-java can validate documents against (no data). */
	public static GraphQLSchema executable() {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.DateTime)
			.type("Node", type -> type.typeResolver(env -> null))
			.build();
		return new SchemaGenerator().makeExecutableSchema(types(), wiring);
	}

}
