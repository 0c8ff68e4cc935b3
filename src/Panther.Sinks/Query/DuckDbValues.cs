using System.Data.Common;
using System.Reflection;

namespace Panther.Sinks.Query;

/// <summary>
/// Reads result values from DuckDB.NET. A map of value types (<c>MAP(VARCHAR, BIGINT)</c>) is read as a dictionary
/// of nullable values, because DuckDB.NET's <c>GetValue</c> refuses a map that holds a null.
/// </summary>
internal static class DuckDbValues
{
    private static readonly MethodInfo GetFieldValue =
        typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;

    /// <summary>Gets the function that reads column <paramref name="ordinal"/> of each row.</summary>
    public static Func<DbDataReader, int, object?> CreateReader(DbDataReader reader, int ordinal)
    {
        var type = reader.GetFieldType(ordinal);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var arguments = type.GetGenericArguments();
            if (arguments[1].IsValueType && Nullable.GetUnderlyingType(arguments[1]) is null)
            {
                var nullable = typeof(Nullable<>).MakeGenericType(arguments[1]);
                var method = GetFieldValue.MakeGenericMethod(
                    typeof(Dictionary<,>).MakeGenericType(arguments[0], nullable));
                return (r, i) => r.IsDBNull(i) ? null : method.Invoke(r, [i]);
            }
        }

        return (r, i) => r.IsDBNull(i) ? null : r.GetValue(i);
    }
}
