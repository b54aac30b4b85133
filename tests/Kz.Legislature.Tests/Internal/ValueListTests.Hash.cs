using Kz.Legislature.Internal;

namespace Kz.Legislature.Tests.Internal;

public sealed partial class ValueListTests
{
    [Fact]
    public void a_list_whose_combined_hash_is_zero_still_hashes_to_a_non_zero_value()
    {
        var item = IntWhoseHashCodeIsZero();
        var combined = new HashCode();
        combined.Add(item);
        combined.ToHashCode().Should().Be(0, "the item is chosen so that the combined hash of a list of it alone is 0");

        var list = ValueList<int>.From([item]);

        list.GetHashCode().Should().Be(1, "0 marks a hash not yet computed, so a computed 0 is stored as 1");
        list.GetHashCode().Should().Be(1);
        list.Should().Equal(item);
    }

    // System.HashCode is xxHash32 with a per-process seed: the hash of one int v is
    // MixFinal(RotateLeft(s + v * Prime3, 17) * Prime4), with s the seeded start state, and MixFinal(0) is 0.
    // s is recovered from the hash of 0 by undoing MixFinal, and v solves s + v * Prime3 = 0 (mod 2^32).
    private const uint Prime2 = 2246822519U;
    private const uint Prime3 = 3266489917U;
    private const uint Prime4 = 668265263U;

    private static int IntWhoseHashCodeIsZero()
    {
        unchecked
        {
            var zero = new HashCode();
            zero.Add(0);
            var x = (uint)zero.ToHashCode();
            x ^= x >> 16;
            x *= Inverse(Prime3);
            x ^= (x >> 13) ^ (x >> 26);
            x *= Inverse(Prime2);
            x ^= (x >> 15) ^ (x >> 30);
            var start = uint.RotateRight(x * Inverse(Prime4), 17);
            return (int)(0U - (start * Inverse(Prime3)));
        }
    }

    private static uint Inverse(uint odd)
    {
        unchecked
        {
            var inverse = odd;
            for (var i = 0; i < 5; i++)
            {
                inverse *= 2U - (odd * inverse);
            }

            return inverse;
        }
    }
}
