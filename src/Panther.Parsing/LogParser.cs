using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Envelopes;
using Panther.Parsing.Events;
using Panther.Parsing.Json;
using Panther.Parsing.Normalization;
using Panther.Schemas;
using Panther.Schemas.Envelopes;

namespace Panther.Parsing;

/// <summary>
/// Turns framed records (a line, or an element of a Records array) into normalized events. Classifies each record
/// among the registered log types unless <see cref="LogParserOptions.LogType"/> names one, unwraps envelopes, and
/// quarantines what it cannot parse, naming the source, the position and the reason. Never throws for bad input.
/// </summary>
/// <remarks>
/// Not thread-safe: use one parser per thread. It allocates nothing per event for well-formed input once its
/// buffers have grown to the size of the largest record.
/// </remarks>
public sealed class LogParser
{
    private const int MaxReasonsListed = 5;

    private readonly CompiledSchema[] _all;
    private readonly CompiledSchema[] _candidates;
    private readonly CompiledSchema[] _fallbacks;
    private readonly CompiledEnvelope[] _envelopes;
    private readonly EventNormalizer _normalizer = new();
    private NormalizedEvent _spare = new();
    private byte[] _messageScratch = new byte[4096];

    /// <summary>Initializes a parser for the log types of a registry.</summary>
    /// <param name="registry">The log types; at least one.</param>
    /// <param name="options">Options; the defaults when <see langword="null"/>.</param>
    /// <exception cref="KeyNotFoundException"><see cref="LogParserOptions.LogType"/> is not registered.</exception>
    public LogParser(LogTypeRegistry registry, LogParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Options = options ?? new LogParserOptions();
        Options.Validate();
        if (registry.Count == 0)
        {
            throw new ArgumentException("The registry holds no log types.", nameof(registry));
        }

        var schemas = Options.LogType is { } only ? [registry.Get(only)] : registry.Schemas;
        _all = [.. schemas.Select(CompiledSchema.Compile)];
        _candidates = [.. _all.Where(c => !c.Schema.IsFallback)];
        _fallbacks = [.. _all.Where(c => c.Schema.IsFallback)];
        _envelopes = [.. _all.SelectMany(c => c.Envelopes)];
        ArrayEnvelopeMembers = [.. _envelopes.Where(e => e.Kind == EnvelopeKind.ArrayMember).Select(e => e.Member)];
    }

    /// <summary>Gets the options.</summary>
    public LogParserOptions Options { get; }

    /// <summary>Gets the UTF-8 names of array members that may hold a whole file's events (<c>Records</c>).</summary>
    internal IReadOnlyList<byte[]> ArrayEnvelopeMembers { get; }

    /// <summary>Parses one record. Events and quarantined records are added to <paramref name="batch"/>.</summary>
    /// <param name="record">The record's bytes: one JSON document.</param>
    /// <param name="source">Where the record comes from.</param>
    /// <param name="position">Where the record starts in the source.</param>
    /// <param name="batch">Receives the results.</param>
    public void Parse(ReadOnlySpan<byte> record, LogSource source, RecordPosition position, EventBatch batch)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(batch);
        Parse(record, source, position, batch, preferred: null);
    }

    /// <summary>Finds the schema that declared an array envelope member such as <c>Records</c>.</summary>
    /// <param name="member">The member name as UTF-8.</param>
    /// <returns>The schema, or <see langword="null"/>.</returns>
    internal CompiledSchema? FindArrayEnvelopeOwner(ReadOnlySpan<byte> member)
    {
        foreach (var envelope in _envelopes)
        {
            if (envelope.Kind == EnvelopeKind.ArrayMember && member.SequenceEqual(envelope.Member))
            {
                return envelope.Owner;
            }
        }

        return null;
    }

    /// <summary>Parses one record, trying <paramref name="preferred"/> first when classifying.</summary>
    internal void Parse(ReadOnlySpan<byte> record, LogSource source, RecordPosition position, EventBatch batch,
        CompiledSchema? preferred)
    {
        if (record.Length > Options.MaxRecordBytes)
        {
            QuarantineOversized(record, source, position, batch);
            return;
        }

        var evt = batch.Rent();
        evt.Load(record);
        if (!evt.Tokens.TryIndex(evt.Data, Options.MaxDepth, out var error))
        {
            Quarantine(batch, source, position, error!, record);
            return;
        }

        if (_envelopes.Length > 0 && TryMatchEnvelope(evt, out var envelope, out var member))
        {
            var outer = batch.ExchangeRented(_spare);
            _spare = outer;
            Unwrap(outer, envelope!, member, source, position, batch);
            return;
        }

        Complete(evt, source, position, batch, preferred);
    }

    internal void QuarantineOversized(ReadOnlySpan<byte> start, LogSource source, RecordPosition position,
        EventBatch batch)
    {
        var kept = start[..Math.Min(start.Length, Options.MaxQuarantinedBytes)];
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"record is larger than the {Options.MaxRecordBytes}-byte limit (MaxRecordBytes)");
        batch.Quarantine(new QuarantinedRecord(source.Name, position, reason, kept.ToArray(), truncated: true));
    }

    private void Complete(NormalizedEvent evt, LogSource source, RecordPosition position, EventBatch batch,
        CompiledSchema? preferred)
    {
        var schema = Classify(evt, preferred);
        if (schema is null)
        {
            Quarantine(batch, source, position, ExplainNoMatch(evt), evt.Data);
            return;
        }

        _normalizer.Normalize(evt, schema);
        evt.Source = source;
        evt.Position = position;
        evt.ParseTime = Options.TimeProvider.GetUtcNow().UtcDateTime;
        if (!evt.HasOwnEventTime)
        {
            evt.EventTime = evt.ParseTime;
        }

        evt.AssignRowId();
        batch.Commit();
    }

    private CompiledSchema? Classify(NormalizedEvent evt, CompiledSchema? preferred)
    {
        if (preferred is not null && _normalizer.TryIdentify(evt, preferred, out _, explain: false))
        {
            return preferred;
        }

        var candidates = _candidates;
        for (var i = 0; i < candidates.Length; i++)
        {
            var candidate = candidates[i];
            if (ReferenceEquals(candidate, preferred) || !_normalizer.TryIdentify(evt, candidate, out _, false))
            {
                continue;
            }

            if (i > 0)
            {
                Array.Copy(candidates, 0, candidates, 1, i);
                candidates[0] = candidate;
            }

            return candidate;
        }

        foreach (var fallback in _fallbacks)
        {
            if (_normalizer.TryIdentify(evt, fallback, out _, explain: false))
            {
                return fallback;
            }
        }

        return null;
    }

    /// <summary>
    /// Says why no log type took a record, nearest types first; types of one family that decline for the same
    /// reason are listed once, as <c>Suricata.* (29 types)</c>.
    /// </summary>
    private string ExplainNoMatch(NormalizedEvent evt)
    {
        if (_all.Length == 1)
        {
            _normalizer.TryIdentify(evt, _all[0], out var only, explain: true);
            return $"not a valid {_all[0].Name} event: {only}";
        }

        var groups = new List<DeclineGroup>();
        var memberHashes = EventNormalizer.MemberNameHashes(evt);
        foreach (var schema in _all)
        {
            if (_normalizer.Identify(evt, schema) is not { } decline)
            {
                continue;
            }

            var key = DeclineGroup.KeyOf(evt, decline);
            var closeness = EventNormalizer.Closeness(evt, schema, memberHashes);
            var group = groups.Find(g => g.Matches(schema.Family, decline, key));
            if (group is null)
            {
                groups.Add(new DeclineGroup(schema, decline, key, closeness));
            }
            else
            {
                group.Add(schema, closeness);
            }
        }

        var texts = groups
            .Select(g => (Text: g.Describe(evt), g.Closeness))
            .OrderByDescending(g => g.Closeness)
            .ThenBy(g => g.Text, StringComparer.Ordinal)
            .Select(g => g.Text)
            .ToList();
        var listed = string.Join("; ", texts.Take(MaxReasonsListed));
        var more = texts.Count > MaxReasonsListed
            ? string.Create(CultureInfo.InvariantCulture, $"; and {texts.Count - MaxReasonsListed} more")
            : "";
        return $"no registered log type matched ({listed}{more})";
    }

    private bool TryMatchEnvelope(NormalizedEvent evt, out CompiledEnvelope? match, out int member)
    {
        match = null;
        member = -1;
        if (evt.Tokens[0].Type != JsonTokenType.StartObject)
        {
            return false;
        }

        foreach (var envelope in _envelopes)
        {
            var value = EventJson.FindMember(evt.Tokens, evt.Data, 0, envelope.Member);
            if (value < 0 || !HasExpectedShape(envelope.Kind, evt.Tokens[value].Type))
            {
                continue;
            }

            var complete = true;
            foreach (var required in envelope.RequiredMembers)
            {
                complete &= EventJson.FindMember(evt.Tokens, evt.Data, 0, required) >= 0;
            }

            if (complete)
            {
                match = envelope;
                member = value;
                return true;
            }
        }

        return false;
    }

    private static bool HasExpectedShape(EnvelopeKind kind, JsonTokenType type) => kind switch
    {
        EnvelopeKind.ObjectMember => type == JsonTokenType.StartObject,
        _ => type == JsonTokenType.StartArray,
    };

    private void Unwrap(NormalizedEvent outer, CompiledEnvelope envelope, int member, LogSource source,
        RecordPosition position, EventBatch batch)
    {
        if (IsSkipped(outer, envelope))
        {
            batch.AddSkipped();
            return;
        }

        var tokens = outer.Tokens;
        if (envelope.Kind == EnvelopeKind.ObjectMember)
        {
            ParseCarried(outer.Data.Slice(tokens[member].Start, tokens[member].Length), source, position, batch,
                envelope.Owner);
            return;
        }

        var end = tokens[member].Next;
        var index = 0;
        for (var element = member + 1; element < end; element = tokens[element].Next)
        {
            index++;
            ref readonly var token = ref tokens[element];
            var carried = position with { Record = index, ByteOffset = position.ByteOffset + token.Start };
            if (envelope.Kind == EnvelopeKind.ArrayMember)
            {
                ParseElement(outer, element, carried, source, batch, envelope);
            }
            else
            {
                ParseEmbedded(outer, element, carried, source, batch, envelope);
            }
        }

        if (envelope.Kind == EnvelopeKind.ArrayMember)
        {
            QuarantineSiblings(outer, envelope, member, source, position, batch);
        }
    }

    /// <summary>
    /// Keeps the members beside an array envelope's events (a CloudTrail log file holds nothing but
    /// <c>Records</c>, so anything else is unexpected and must not vanish).
    /// </summary>
    private static void QuarantineSiblings(NormalizedEvent outer, CompiledEnvelope envelope, int member,
        LogSource source, RecordPosition position, EventBatch batch)
    {
        var tokens = outer.Tokens;
        var end = tokens[0].Next;
        for (var name = 1; name < end; name = tokens[name + 1].Next)
        {
            if (name + 1 == member)
            {
                continue;
            }

            ref readonly var nameToken = ref tokens[name];
            ref readonly var value = ref tokens[name + 1];
            var start = nameToken.Start - 1;
            var length = value.Start + value.Length + (value.Type == JsonTokenType.String ? 1 : 0) - start;
            var reason = $"unexpected member '{EventJson.DecodeString(in nameToken, outer.Data)}' beside " +
                $"'{envelope.Envelope.Member}' in the container document";
            Quarantine(batch, source, position with { ByteOffset = position.ByteOffset + start }, reason,
                outer.Data.Slice(start, length));
        }
    }

    private void ParseElement(NormalizedEvent outer, int element, RecordPosition position, LogSource source,
        EventBatch batch, CompiledEnvelope envelope)
    {
        ref readonly var token = ref outer.Tokens[element];
        if (token.Type != JsonTokenType.StartObject)
        {
            var raw = outer.Data.Slice(token.Type == JsonTokenType.String ? token.Start - 1 : token.Start,
                token.Type == JsonTokenType.String ? token.Length + 2 : token.Length);
            var reason = $"an element of '{envelope.Envelope.Member}' is not a JSON object";
            Quarantine(batch, source, position, reason, raw);
            return;
        }

        ParseCarried(outer.Data.Slice(token.Start, token.Length), source, position, batch, envelope.Owner);
    }

    private void ParseEmbedded(NormalizedEvent outer, int element, RecordPosition position, LogSource source,
        EventBatch batch, CompiledEnvelope envelope)
    {
        var message = EventJson.FindMember(outer.Tokens, outer.Data, element, envelope.MessageMember!);
        ref readonly var elementToken = ref outer.Tokens[element];
        if (message < 0 || outer.Tokens[message].Type != JsonTokenType.String)
        {
            Quarantine(batch, source, position,
                $"an element of '{envelope.Envelope.Member}' has no string '{envelope.Envelope.MessageMember}'",
                outer.Data.Slice(elementToken.Start, elementToken.Length));
            return;
        }

        ref readonly var token = ref outer.Tokens[message];
        if (_messageScratch.Length < token.Length)
        {
            _messageScratch = new byte[Math.Max(token.Length, _messageScratch.Length * 2)];
        }

        JsonText.TryUnescape(outer.Data.Slice(token.Start, token.Length), _messageScratch, out var written);
        ParseCarried(_messageScratch.AsSpan(0, written), source, position, batch, envelope.Owner);
    }

    private void ParseCarried(ReadOnlySpan<byte> json, LogSource source, RecordPosition position, EventBatch batch,
        CompiledSchema owner)
    {
        var evt = batch.Rent();
        evt.Load(json);
        if (!evt.Tokens.TryIndex(evt.Data, Options.MaxDepth, out var error))
        {
            Quarantine(batch, source, position, error!, json);
            return;
        }

        Complete(evt, source, position, batch, owner);
    }

    private static bool IsSkipped(NormalizedEvent outer, CompiledEnvelope envelope)
    {
        if (envelope.SkipMember is null)
        {
            return false;
        }

        var value = EventJson.FindMember(outer.Tokens, outer.Data, 0, envelope.SkipMember);
        return value >= 0 && outer.Tokens[value].Type == JsonTokenType.String
            && EventJson.StringEquals(in outer.Tokens[value], outer.Data, envelope.SkipValue);
    }

    private static void Quarantine(EventBatch batch, LogSource source, RecordPosition position, string reason,
        ReadOnlySpan<byte> data) =>
        batch.Quarantine(new QuarantinedRecord(source.Name, position, reason, data.ToArray()));
}
