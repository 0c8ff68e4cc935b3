using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Parsing.Okta;

/// <summary>
/// Reads members of <c>debugContext.debugData</c> that Okta writes sometimes as JSON and sometimes as JSON text
/// inside a string. <c>logOnlySecurityData</c> is the known case: rules written for the object form never see the
/// string form unless it is decoded. The parser keeps both forms exactly as they arrived; these accessors decode on
/// request and allocate.
/// </summary>
public static class OktaDebugData
{
    /// <summary>
    /// Gets <c>debugContext.debugData.logOnlySecurityData</c> as a JSON value, whether it arrived as an object or as a
    /// string holding one.
    /// </summary>
    /// <param name="evt">An <c>Okta.SystemLog</c> event.</param>
    /// <param name="data">The decoded value, valid after the event is reused; <c>default</c> when absent.</param>
    /// <returns><see langword="true"/> when the member is present and is, or holds, a JSON object or array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evt"/> is null.</exception>
    public static bool TryGetLogOnlySecurityData(NormalizedEvent evt, out JsonElement data)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return TryDecode(evt.Root["debugContext"]["debugData"]["logOnlySecurityData"], out data);
    }

    /// <summary>
    /// Decodes a value that is either a JSON object or array, or a string whose text is one. Never throws: a missing
    /// value, a scalar, or a string that is not JSON gives <see langword="false"/>.
    /// </summary>
    /// <param name="value">The value, read from an event.</param>
    /// <param name="data">The decoded value, independent of the event; <c>default</c> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="data"/> holds an object or an array.</returns>
    public static bool TryDecode(EventValue value, out JsonElement data)
    {
        data = default;
        var text = value.Kind switch
        {
            JsonValueKind.Object or JsonValueKind.Array => value.GetRawText(),
            JsonValueKind.String => value.GetString(),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            {
                return false;
            }

            data = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
