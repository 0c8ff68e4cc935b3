using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Panther.Parsing.Events;
using Panther.Schemas.Indicators;

namespace Panther.Rules.Detections;

/// <summary>
/// The positive form of a condition on one event value (Equals, StartsWith, IsIn, ...). The value may be missing;
/// negated conditions are this test inverted by the node that holds it.
/// </summary>
internal abstract class ValueTest
{
    /// <summary>Decides for one value, which may be missing.</summary>
    public abstract bool Test(EventValue value);
}

/// <summary>What a text test checks.</summary>
internal enum TextOperation
{
    Equals,
    StartsWith,
    EndsWith,
    Contains,
}

/// <summary>Equals, StartsWith, EndsWith and Contains, case-sensitive or not.</summary>
internal sealed class TextTest(TextOperation operation, DetectionConstant constant, bool ignoreCase) : ValueTest
{
    public override bool Test(EventValue value)
    {
        if (operation == TextOperation.Equals)
        {
            return constant.EqualTo(value, ignoreCase);
        }

        if (operation == TextOperation.Contains && value.Kind == JsonValueKind.Array)
        {
            foreach (var element in value.EnumerateElements())
            {
                if (constant.EqualTo(element, ignoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        if (!ignoreCase && DecodedText.TryGetPlainUtf8(value, out var utf8))
        {
            return operation switch
            {
                TextOperation.StartsWith => utf8.StartsWith(constant.Utf8),
                TextOperation.EndsWith => utf8.EndsWith(constant.Utf8),
                _ => utf8.IndexOf(constant.Utf8) >= 0,
            };
        }

        Span<char> stack = stackalloc char[DecodedText.StackLength];
        if (!DecodedText.TryDecode(value, stack, out var text))
        {
            return false;
        }

        using (text)
        {
            var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return operation switch
            {
                TextOperation.StartsWith => text.Span.StartsWith(constant.Text, comparison),
                TextOperation.EndsWith => text.Span.EndsWith(constant.Text, comparison),
                _ => text.Span.Contains(constant.Text, comparison),
            };
        }
    }
}

/// <summary>What a numeric comparison checks.</summary>
internal enum NumberOperation
{
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

/// <summary>IsGreaterThan and friends; values that are not numbers or numeric strings fail.</summary>
internal sealed class NumberTest(NumberOperation operation, double limit, long? integerLimit = null) : ValueTest
{
    public override bool Test(EventValue value)
    {
        if (integerLimit is long exact && value.TryGetInt64(out var integer))
        {
            return operation switch
            {
                NumberOperation.GreaterThan => integer > exact,
                NumberOperation.GreaterThanOrEqual => integer >= exact,
                NumberOperation.LessThan => integer < exact,
                _ => integer <= exact,
            };
        }

        return value.TryGetDouble(out var number) && Compare(operation, number, limit);
    }

    /// <summary>Applies a comparison.</summary>
    public static bool Compare(NumberOperation operation, double left, double right) => operation switch
    {
        NumberOperation.GreaterThan => left > right,
        NumberOperation.GreaterThanOrEqual => left >= right,
        NumberOperation.LessThan => left < right,
        _ => left <= right,
    };
}

/// <summary>IsIn: the value equals one of a list.</summary>
internal sealed class InTest(DetectionConstant[] constants, bool ignoreCase) : ValueTest
{
    public override bool Test(EventValue value)
    {
        foreach (var constant in constants)
        {
            if (constant.EqualTo(value, ignoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What an existence test checks.</summary>
internal enum ExistenceOperation
{
    Exists,
    IsNull,
    IsNullOrEmpty,
}

/// <summary>Exists, IsNull and IsNullOrEmpty.</summary>
internal sealed class ExistenceTest(ExistenceOperation operation) : ValueTest
{
    public override bool Test(EventValue value) => operation switch
    {
        ExistenceOperation.Exists => value.Exists,
        ExistenceOperation.IsNull => value.Kind is JsonValueKind.Undefined or JsonValueKind.Null,
        _ => value.Kind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => true,
            JsonValueKind.String => value.RawValue.IsEmpty,
            JsonValueKind.Array or JsonValueKind.Object => value.Count == 0,
            _ => false,
        },
    };
}

/// <summary>What an address test checks.</summary>
internal enum AddressOperation
{
    Any,
    Version4,
    Version6,
    Public,
    Private,
}

/// <summary>IsIPAddress, IsIPv4Address, IsIPv6Address, IsIPAddressPublic and IsIPAddressPrivate.</summary>
internal sealed class AddressTest(AddressOperation operation) : ValueTest
{
    public override bool Test(EventValue value)
    {
        if (value.Kind != JsonValueKind.String)
        {
            return false;
        }

        Span<char> stack = stackalloc char[DecodedText.StackLength];
        if (!DecodedText.TryDecode(value, stack, out var text))
        {
            return false;
        }

        using (text)
        {
            if (IPAddressText.TryParseIPv4(text.Span, out var v4))
            {
                return operation switch
                {
                    AddressOperation.Version6 => false,
                    AddressOperation.Public => IpAddressBlocks.IsPublic(v4),
                    AddressOperation.Private => IpAddressBlocks.IsPrivate(v4),
                    _ => true,
                };
            }

            if (operation == AddressOperation.Version4 || !IPAddressText.TryParseIPv6(text.Span, out var v6))
            {
                return false;
            }

            return operation switch
            {
                AddressOperation.Public => !IpAddressBlocks.IsPrivate(v6),
                AddressOperation.Private => IpAddressBlocks.IsPrivate(v6),
                _ => true,
            };
        }
    }
}

/// <summary>IsIPAddressInCIDR: the value is an address inside one of the networks.</summary>
internal sealed class NetworkTest : ValueTest
{
    private readonly (uint Network, uint Mask)[] _v4;
    private readonly (UInt128 Network, UInt128 Mask)[] _v6;

    public NetworkTest(IReadOnlyList<IPNetwork> networks)
    {
        _v4 = [.. networks.Where(n => n.BaseAddress.AddressFamily == AddressFamily.InterNetwork).Select(Block)];
        _v6 = [.. networks.Where(n => n.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6).Select(Block6)];
    }

    public override bool Test(EventValue value)
    {
        if (value.Kind != JsonValueKind.String)
        {
            return false;
        }

        Span<char> stack = stackalloc char[DecodedText.StackLength];
        if (!DecodedText.TryDecode(value, stack, out var text))
        {
            return false;
        }

        using (text)
        {
            if (IPAddressText.TryParseIPv4(text.Span, out var v4))
            {
                foreach (var (network, mask) in _v4)
                {
                    if ((v4 & mask) == network)
                    {
                        return true;
                    }
                }

                return false;
            }

            if (_v6.Length == 0 || !IPAddressText.TryParseIPv6(text.Span, out var v6))
            {
                return false;
            }

            foreach (var (network, mask) in _v6)
            {
                if ((v6 & mask) == network)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static (uint Network, uint Mask) Block(IPNetwork network)
    {
        Span<byte> bytes = stackalloc byte[4];
        network.BaseAddress.TryWriteBytes(bytes, out _);
        return IpAddressBlocks.Block(bytes[0], bytes[1], bytes[2], bytes[3], network.PrefixLength);
    }

    private static (UInt128 Network, UInt128 Mask) Block6(IPNetwork network)
    {
        Span<byte> bytes = stackalloc byte[16];
        network.BaseAddress.TryWriteBytes(bytes, out _);
        return IpAddressBlocks.Block(BinaryPrimitives.ReadUInt128BigEndian(bytes), network.PrefixLength);
    }
}
