using System.Text;
using Panther.Parsing.Normalization;
using Panther.Schemas.Envelopes;

namespace Panther.Parsing.Envelopes;

/// <summary>An <see cref="Envelope"/> with its member names as UTF-8 and the schema that declared it.</summary>
internal sealed class CompiledEnvelope(Envelope envelope, CompiledSchema owner)
{
    public Envelope Envelope { get; } = envelope;

    public CompiledSchema Owner { get; } = owner;

    public EnvelopeKind Kind { get; } = envelope.Kind;

    public byte[] Member { get; } = Encoding.UTF8.GetBytes(envelope.Member);

    public byte[]? MessageMember { get; } =
        envelope.MessageMember is null ? null : Encoding.UTF8.GetBytes(envelope.MessageMember);

    public byte[][] RequiredMembers { get; } = [.. envelope.RequiredMembers.Select(Encoding.UTF8.GetBytes)];

    public byte[]? SkipMember { get; } =
        envelope.SkipMember is null ? null : Encoding.UTF8.GetBytes(envelope.SkipMember);

    public byte[]? SkipValue { get; } =
        envelope.SkipValue is null ? null : Encoding.UTF8.GetBytes(envelope.SkipValue);
}
