using Panther.Schemas.Fields;

namespace Panther.Schemas.Documentation;

/// <summary>
/// Lists every field of a schema, nested ones included, with its path: <c>.</c> between an object and its fields,
/// <c>[]</c> for the elements of an array and <c>{}</c> for the values of a map, as in
/// <c>resources[].ARN</c>.
/// </summary>
internal static class SchemaFieldPaths
{
    /// <summary>Lists the fields depth first, each container before the fields inside it.</summary>
    /// <param name="fields">The top-level fields.</param>
    /// <returns>The fields with their paths, in declaration order.</returns>
    public static IReadOnlyList<Entry> Flatten(IReadOnlyList<SchemaField> fields)
    {
        var entries = new List<Entry>();
        AddFields(fields, "", entries);
        return entries;
    }

    private static void AddFields(IReadOnlyList<SchemaField> fields, string parentPath, List<Entry> entries)
    {
        foreach (var field in fields)
        {
            var path = parentPath.Length == 0 ? field.Name : parentPath + "." + field.Name;
            entries.Add(new Entry(path, field));
            AddNested(field.Type, path, entries);
        }
    }

    private static void AddNested(FieldType type, string path, List<Entry> entries)
    {
        switch (type)
        {
            case ObjectFieldType obj:
                AddFields(obj.Fields, path, entries);
                break;
            case ArrayFieldType array:
                AddNested(array.Element, path + "[]", entries);
                break;
            case MapFieldType map:
                AddNested(map.Value, path + "{}", entries);
                break;
        }
    }

    /// <summary>A field and where it sits in the event.</summary>
    /// <param name="Path">The path from the root, such as <c>userIdentity.sessionContext.attributes</c>.</param>
    /// <param name="Field">The field.</param>
    public readonly record struct Entry(string Path, SchemaField Field);
}
