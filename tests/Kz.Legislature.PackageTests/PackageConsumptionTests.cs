using System.Diagnostics;
using System.IO.Compression;

namespace Kz.Legislature.PackageTests;

/// <summary>
/// Packs the library, then builds and runs a fresh console project outside the solution that references
/// the package from a local folder, and asserts on what it prints.
/// </summary>
public sealed class PackageConsumptionTests : IClassFixture<PackedLibrary>
{
    private readonly PackedLibrary package;

    public PackageConsumptionTests(PackedLibrary package) => this.package = package;

    [Fact]
    public void The_package_holds_the_library_its_xml_docs_the_readme_the_licence_and_the_schemas()
    {
        using var zip = ZipFile.OpenRead(package.NupkgPath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.Should().Contain("lib/net10.0/Kz.Legislature.dll");
        entries.Should().Contain("lib/net10.0/Kz.Legislature.xml");
        entries.Should().Contain("README.md");
        entries.Should().Contain(e => e.StartsWith("content/schemas/", StringComparison.Ordinal) && e.EndsWith(".schema.json", StringComparison.Ordinal));
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        text.Should().Contain("<license type=\"expression\">MIT</license>");
        text.Should().Contain("<readme>README.md</readme>");
        text.Should().Contain("<repository type=\"git\"");
        File.Exists(Path.ChangeExtension(package.NupkgPath, ".snupkg")).Should().BeTrue("a symbols package is produced beside the package");
    }

    [Fact]
    public void A_fresh_console_project_can_reference_the_package_and_query_the_rules()
    {
        var app = Path.Combine(package.WorkDirectory, "consumer");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Kz.Legislature" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        // The program is the README's example, so the README's code is proven against the packed package.
        File.WriteAllText(Path.Combine(app, "Program.cs"), PackedLibrary.ReadmeExample());
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{package.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        var run = PackedLibrary.Dotnet(app, "run", Path.Combine(package.WorkDirectory, "packages"));
        run.ExitCode.Should().Be(0, run.Output);
        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainInOrder("50", "40", "P6Y", "107", "Unicameral");
        lines.Should().Contain(l => l.StartsWith("KZL1002 ", StringComparison.Ordinal) && l.Contains("50", StringComparison.Ordinal));
    }
}

/// <summary>Packs the library once per test run into a temporary feed.</summary>
public sealed class PackedLibrary : IDisposable
{
    public PackedLibrary()
    {
        WorkDirectory = Path.Combine(Path.GetTempPath(), "kzleg-package-" + Guid.NewGuid().ToString("N"));
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(FeedDirectory);
        var root = FindRepositoryRoot();
        var project = Path.Combine(root, "src", "Kz.Legislature", "Kz.Legislature.csproj");
        var pack = Dotnet(root, $"pack \"{project}\" -c Release -o \"{FeedDirectory}\" -p:ContinuousIntegrationBuild=true");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }

        NupkgPath = Directory.GetFiles(FeedDirectory, "Kz.Legislature.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        Version = Path.GetFileNameWithoutExtension(NupkgPath)["Kz.Legislature.".Length..];
    }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    public string NupkgPath { get; }

    public string Version { get; }

    /// <summary>The first C# block of the repository's README.</summary>
    public static string ReadmeExample()
    {
        var readme = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }

    public static (int ExitCode, string Output) Dotnet(string workingDirectory, string arguments, string? packagesFolder = null)
    {
        var info = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (packagesFolder is not null)
        {
            // An isolated package folder, so a stale copy of the same version is never used.
            info.Environment["NUGET_PACKAGES"] = packagesFolder;
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kz.Legislature.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Kz.Legislature.sln) was not found above " + AppContext.BaseDirectory);
    }
}
