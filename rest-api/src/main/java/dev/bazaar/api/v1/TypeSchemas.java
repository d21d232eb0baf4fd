package dev.bazaar.api.v1;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import dev.bazaar.kernel.Money;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * JSON schemas of the Java types the API reads and writes, as JSON-B (Yasson) maps them: records by
 * their components, other classes by their public getters and fields, enums by their names, money as
 * {@link ProductResponse.Price} (see {@link MoneyJson}). JSON-B leaves out null values, so only
 * primitives are always present in an answer; a request record marks what the server insists on with
 * {@code @Schema(required = true, maxLength = ...)} on its components. Classes become named components.
 */
final class TypeSchemas {

    static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<Generic, String> names = new HashMap<>();

    /** The named schemas made so far. */
    Map<String, Schema> components() {
        return components;
    }

    /** The schema of a declared (possibly generic) type. */
    Schema of(Type type) {
        return of(type, Map.of());
    }

    private Schema of(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null ? OASFactory.createSchema() : of(bound, Map.of());
        }
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0], bindings);
        }
        if (type instanceof GenericArrayType array) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(array.getGenericComponentType(), bindings));
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = Arrays.stream(parameterized.getActualTypeArguments())
                    .map(argument -> resolve(argument, bindings)).toArray(Type[]::new);
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(arguments[0], Map.of()));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(arguments[1], Map.of()));
            }
            if (raw == Optional.class) {
                return of(arguments[0], Map.of());
            }
            return reference(new Generic(raw, arguments));
        }
        Class<?> type1 = (Class<?>) type;
        Schema simple = simple(type1);
        if (simple != null) {
            return simple;
        }
        if (type1.isArray()) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(type1.getComponentType(), Map.of()));
        }
        if (type1.isEnum()) {
            return OASFactory.createSchema().type(SchemaType.STRING)
                    .enumeration(Arrays.stream(type1.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
        }
        if (type1 == Object.class || JsonValue.class.isAssignableFrom(type1)) {
            return OASFactory.createSchema();
        }
        return reference(new Generic(type1, new Type[0]));
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        return type instanceof TypeVariable<?> variable && bindings.containsKey(variable) ? bindings.get(variable) : type;
    }

    private static Schema simple(Class<?> type) {
        if (type == String.class || type == char.class || type == Character.class) {
            return string(null);
        }
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class || type == byte.class
                || type == Byte.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (type == long.class || type == Long.class || type == BigInteger.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class || type == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER);
        }
        if (type == boolean.class || type == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return string("date-time");
        }
        if (type == LocalDate.class) {
            return string("date");
        }
        if (type == UUID.class) {
            return string("uuid");
        }
        if (type == URI.class) {
            return string("uri");
        }
        return null;
    }

    private static Schema string(String format) {
        Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
        return format == null ? schema : schema.format(format);
    }

    /** A class (with its type arguments) as a named component, made once. */
    private Schema reference(Generic type) {
        if (type.raw() == Money.class) {
            return reference(new Generic(ProductResponse.Price.class, new Type[0]));
        }
        String name = names.get(type);
        if (name == null) {
            name = uniqueName(type);
            names.put(type, name);
            components.put(name, OASFactory.createSchema()); // a placeholder, so that a type may refer to itself
            components.put(name, objectSchema(type));
        }
        return OASFactory.createSchema().ref(REF_PREFIX + name);
    }

    private String uniqueName(Generic type) {
        StringBuilder name = new StringBuilder(type.raw().getSimpleName());
        for (Type argument : type.arguments()) {
            name.append(argument instanceof Class<?> c ? c.getSimpleName()
                    : argument instanceof ParameterizedType p ? ((Class<?>) p.getRawType()).getSimpleName() : "");
        }
        String candidate = name.toString();
        if (components.containsKey(candidate) && type.raw().getEnclosingClass() != null) {
            candidate = type.raw().getEnclosingClass().getSimpleName().replaceFirst("Resource$", "") + candidate;
        }
        String unique = candidate;
        for (int n = 2; components.containsKey(unique); n++) {
            unique = candidate + n;
        }
        return unique;
    }

    private Schema objectSchema(Generic type) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        TypeVariable<?>[] variables = type.raw().getTypeParameters();
        for (int i = 0; i < variables.length && i < type.arguments().length; i++) {
            bindings.put(variables[i], type.arguments()[i]);
        }
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        List<String> required = new ArrayList<>();
        Map<String, Schema> properties = new TreeMap<>();
        for (Property property : properties(type.raw())) {
            Schema propertySchema = of(property.type(), bindings);
            org.eclipse.microprofile.openapi.annotations.media.Schema rule = property.rule();
            if (rule != null) {
                propertySchema = constrained(propertySchema, rule);
                if (rule.required()) {
                    required.add(property.name());
                }
            }
            if (property.type() instanceof Class<?> c && c.isPrimitive()) {
                required.add(property.name());
            }
            properties.put(property.name(), propertySchema);
        }
        schema.setProperties(properties);
        if (!required.isEmpty()) {
            schema.setRequired(required.stream().sorted().toList());
        }
        return schema;
    }

    /** The limits a request record's component declares, added to its type's schema. */
    private static Schema constrained(Schema schema, org.eclipse.microprofile.openapi.annotations.media.Schema rule) {
        if (schema.getRef() != null && (!rule.description().isEmpty())) {
            return OASFactory.createSchema().allOf(List.of(schema)).description(rule.description());
        }
        if (!rule.description().isEmpty()) {
            schema.description(rule.description());
        }
        Schema texts = schema.getAdditionalPropertiesSchema() != null ? schema.getAdditionalPropertiesSchema()
                : schema.getItems() != null ? schema.getItems() : schema;
        if (rule.maxLength() != Integer.MAX_VALUE) {
            texts.maxLength(rule.maxLength()); // on a map or a list: its values' limit
        }
        if (rule.maxProperties() > 0) {
            schema.maxProperties(rule.maxProperties());
        }
        if (rule.minLength() > 0) {
            schema.minLength(rule.minLength());
        }
        if (!rule.minimum().isEmpty()) {
            schema.minimum(new BigDecimal(rule.minimum()));
        }
        if (!rule.maximum().isEmpty()) {
            schema.maximum(new BigDecimal(rule.maximum()));
        }
        if (!rule.pattern().isEmpty()) {
            schema.pattern(rule.pattern());
        }
        if (!rule.format().isEmpty()) {
            schema.format(rule.format());
        }
        if (rule.maxItems() != Integer.MIN_VALUE) {
            schema.maxItems(rule.maxItems());
        }
        if (rule.enumeration().length > 0) {
            schema.enumeration(Arrays.stream(rule.enumeration()).map(e -> (Object) e).toList());
        }
        return schema;
    }

    /** What JSON-B writes of a class: a record's components, else public getters and public fields. */
    private static List<Property> properties(Class<?> type) {
        List<Property> properties = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Field field = declaredField(type, component.getName());
                if (field != null && field.isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                properties.add(new Property(component.getName(), component.getGenericType(), field == null ? null
                        : field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class)));
            }
            // Yasson also writes a record's other public getters (isEmpty()), under the method's own name
            for (Method method : type.getDeclaredMethods()) {
                if (propertyName(method) != null && Modifier.isPublic(method.getModifiers()) && declaredField(type, method.getName()) == null
                        && !method.isAnnotationPresent(JsonbTransient.class)) {
                    properties.add(new Property(method.getName(), method.getGenericReturnType(), null));
                }
            }
            return properties;
        }
        for (Method method : type.getMethods()) {
            String name = propertyName(method);
            if (name != null && !method.isAnnotationPresent(JsonbTransient.class)) {
                properties.add(new Property(name, method.getGenericReturnType(), null));
            }
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(JsonbTransient.class)) {
                properties.add(new Property(field.getName(), field.getGenericType(), null));
            }
        }
        return properties;
    }

    private static String propertyName(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0 || method.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return decapitalize(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && (method.getReturnType() == boolean.class)) {
            return decapitalize(name.substring(2));
        }
        return null;
    }

    private static String decapitalize(String name) {
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static Field declaredField(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private record Property(String name, Type type, org.eclipse.microprofile.openapi.annotations.media.Schema rule) {
    }

    /** A class with the type arguments it is used with (PageResponse of OrderView). */
    private record Generic(Class<?> raw, Type[] arguments) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Generic that && raw == that.raw && Arrays.equals(arguments, that.arguments);
        }

        @Override
        public int hashCode() {
            return raw.hashCode() * 31 + Arrays.hashCode(arguments);
        }
    }
}
