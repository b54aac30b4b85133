namespace Kz.Legislature.Tests.Support;

/// <summary>Asserts the equality contract (Equals, ==, !=, GetHashCode, IEquatable) for a value type.</summary>
public static class EqualityContract
{
    public static void Holds<T>(T value, T equal, params T[] unequal)
        where T : class, IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(equal);
        value.Should().NotBeSameAs(equal, "the contract must be checked on two distinct instances");
        value.Equals(equal).Should().BeTrue();
        ((object)value).Equals(equal).Should().BeTrue();
        value.GetHashCode().Should().Be(equal.GetHashCode());
        Op(value, equal).Should().BeTrue();
        NotOp(value, equal).Should().BeFalse();
        object boxed = value;
        value.Equals(default(T)).Should().BeFalse();
        boxed.Equals(null).Should().BeFalse();
        boxed!.Equals(new object()).Should().BeFalse();
        foreach (var other in unequal)
        {
            value!.Equals(other).Should().BeFalse($"{value} should differ from {other}");
            ((object)value).Equals(other).Should().BeFalse();
            Op(value, other).Should().BeFalse();
            NotOp(value, other).Should().BeTrue();
        }
    }

    private static bool Op<T>(T a, T b) => (bool)typeof(T).GetMethod("op_Equality")!.Invoke(null, [a, b])!;

    private static bool NotOp<T>(T a, T b) => (bool)typeof(T).GetMethod("op_Inequality")!.Invoke(null, [a, b])!;
}
