using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Kz.Legislature.DocTests;

namespace Kz.Legislature.PackageTests;

/// <summary>
/// Packs the repository the way its install instructions say (<c>dotnet pack -c Release -o DIR</c> at the solution
/// root), then uses the packages as a new user would: every C# sample of the documentation compiled and run in a
/// console project that references the library from the local folder, and the tool installed from it.
/// </summary>
public sealed class PackageConsumptionTests : IClassFixture<PackedRepository>
{
    private readonly PackedRepository packed;

    public PackageConsumptionTests(PackedRepository packed) => this.packed = packed;

    [Fact]
    public void Packing_the_solution_gives_both_packages_without_a_warning()
    {
        File.Exists(packed.LibraryPackage).Should().BeTrue();
        File.Exists(packed.ToolPackage).Should().BeTrue();
        packed.PackOutput.Split('\n').Where(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase))
            .Should().BeEmpty("the packages are complete (readme, licence, repository, description, tags)");
    }

    [Fact]
    public void The_library_package_holds_the_library_its_public_xml_docs_the_readme_and_the_schemas()
    {
        using var zip = ZipFile.OpenRead(packed.LibraryPackage);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.Should().Contain("lib/net10.0/Kz.Legislature.dll");
        entries.Should().Contain("lib/net10.0/Kz.Legislature.xml");
        entries.Should().Contain("README.md");
        entries.Should().Contain("content/schemas/composition.schema.json").And.Contain("content/schemas/kazakhstan.schema.json");
        entries.Should().NotContain(e => e.Contains("//", StringComparison.Ordinal));
        var nuspec = Nuspec(zip);
        nuspec.Should().Contain("<license type=\"expression\">MIT</license>");
        nuspec.Should().Contain("<readme>README.md</readme>");
        nuspec.Should().Contain("<repository type=\"git\"");
        File.Exists(Path.ChangeExtension(packed.LibraryPackage, ".snupkg")).Should().BeTrue("a symbols package is produced beside the package");

        // The XML documentation describes the public API only: no comment of an internal type or member.
        var visible = VisibleTypes(zip.GetEntry("lib/net10.0/Kz.Legislature.dll")!);
        using var xml = zip.GetEntry("lib/net10.0/Kz.Legislature.xml")!.Open();
        var documented = XDocument.Load(xml).Descendants("member").Select(m => m.Attribute("name")!.Value).ToList();
        documented.Should().Contain("T:Kz.Legislature.History.LegislativeHistory").And.Contain("M:Kz.Legislature.History.LegislativeHistory.RulesOn(NodaTime.LocalDate)");
        documented.Where(n => n.StartsWith("T:", StringComparison.Ordinal)).Select(n => n[2..]).Except(visible)
            .Should().BeEmpty("internal types are not documented in the package");
        documented.Should().NotContain(n => n.StartsWith("T:Kz.Legislature.History.DatasetReader", StringComparison.Ordinal) || n.StartsWith("M:Kz.Legislature.Validation.ParliamentValidator.MembersOfSeveralChambers", StringComparison.Ordinal));
    }

    [Fact]
    public void The_library_package_carries_the_library_precompiled_for_each_common_runtime_beside_the_IL_only_assembly()
    {
        using var zip = ZipFile.OpenRead(packed.LibraryPackage);
        var il = Image.Read(zip.GetEntry("lib/net10.0/Kz.Legislature.dll")!);
        il.ReadyToRun.Should().BeFalse("lib/ holds the IL-only assembly, which every platform can load");

        var images = ReadyToRunImages(zip);
        images.Keys.Should().Contain(["linux-x64", "linux-arm64", "osx-arm64", "win-x64"], "the common runtimes get a precompiled library");
        foreach (var (rid, entry) in images)
        {
            var image = Image.Read(entry);
            image.ReadyToRun.Should().BeTrue($"{entry.FullName} is precompiled");
            image.Machine.Should().Be(Image.MachineFor(rid), $"{entry.FullName} is compiled for {rid}");
            image.Mvid.Should().Be(il.Mvid, $"{entry.FullName} is compiled from the same IL as lib/net10.0/Kz.Legislature.dll");
        }

        zip.Entries.Where(e => e.FullName.StartsWith("runtimes/", StringComparison.Ordinal)).Select(e => e.FullName)
            .Should().BeEquivalentTo(images.Values.Select(e => e.FullName), "runtimes/ holds only the precompiled library");
    }

    [Fact]
    public void A_consumer_loads_the_library_precompiled_for_its_runtime_where_the_package_has_one()
    {
        var dir = Path.Combine(packed.WorkDirectory, "readytorun-consumer");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), packed.NuGetConfig());
        File.WriteAllText(Path.Combine(dir, "ReadyToRunConsumer.csproj"), packed.ConsumerProject());
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System.Runtime.InteropServices;
            using Kz.Legislature.History;
            using NodaTime;

            var rules = LegislativeHistory.Kazakhstan.RulesOn(new LocalDate(2024, 1, 1));
            Console.WriteLine(RuntimeInformation.RuntimeIdentifier);
            Console.WriteLine(Path.GetRelativePath(AppContext.BaseDirectory, typeof(LegislativeHistory).Assembly.Location).Replace('\\', '/'));
            Console.WriteLine(rules.Chambers.Count);
            """);
        var build = PackedRepository.Run("dotnet", dir, ["build", "-nologo", "-v", "quiet"], packed.PackagesFolder);
        build.ExitCode.Should().Be(0, build.Output);
        var run = PackedRepository.Run("dotnet", dir, [Path.Combine("bin", "Debug", "net10.0", "ReadyToRunConsumer.dll")], stdoutOnly: true);
        run.ExitCode.Should().Be(0, run.Output);

        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        using var zip = ZipFile.OpenRead(packed.LibraryPackage);
        var expected = ReadyToRunImages(zip).ContainsKey(lines[0]) ? $"runtimes/{lines[0]}/lib/net10.0/Kz.Legislature.dll" : "Kz.Legislature.dll";
        lines[1].Should().Be(expected, $"the host picks the library precompiled for {lines[0]} if the package has it, else the IL-only one");
        lines[2].Should().Be("2", "the precompiled library answers like the IL one (the Senate and the Mazhilis on 2024-01-01)");
    }

    [Fact]
    public void The_tool_package_has_a_readme_description_tags_licence_and_repository()
    {
        using var zip = ZipFile.OpenRead(packed.ToolPackage);
        zip.Entries.Select(e => e.FullName).Should().Contain("README.md").And.Contain("tools/net10.0/any/kzleg.dll");
        var nuspec = Nuspec(zip);
        nuspec.Should().Contain("<packageType name=\"DotnetTool\" />");
        nuspec.Should().Contain("<readme>README.md</readme>");
        nuspec.Should().Contain("<license type=\"expression\">MIT</license>");
        nuspec.Should().Contain("<repository type=\"git\"");
        nuspec.Should().Contain("<projectUrl>");
        nuspec.Should().MatchRegex("<description>[^<]{80,}</description>");
        nuspec.Should().MatchRegex("<tags>[^<]*kazakhstan[^<]*</tags>");
        nuspec.Should().Contain("<title>");
        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        readme.ReadToEnd().Should().Contain("dotnet tool install").And.Contain("kzleg example votes");
    }

    [Fact]
    public void The_tool_installs_from_the_local_folder_and_runs()
    {
        var toolPath = Path.Combine(packed.WorkDirectory, "tool");
        var install = PackedRepository.Run("dotnet", packed.WorkDirectory,
            ["tool", "install", "--tool-path", toolPath, "--add-source", packed.FeedDirectory, "Kz.Legislature.Cli", "--version", packed.Version], packed.PackagesFolder);
        install.ExitCode.Should().Be(0, install.Output);
        var kzleg = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "kzleg.exe" : "kzleg");

        var version = PackedRepository.Run(kzleg, packed.WorkDirectory, ["--version"], environment: new Dictionary<string, string> { ["COREHOST_TRACE"] = "1" });
        version.ExitCode.Should().Be(0, version.Output);

        // The tool bundles the library precompiled for the same runtimes as the library's package, listed in its
        // deps file, and the host loads the one for the runtime it runs on (its trace names each assembly it loads).
        var toolFiles = Path.Combine(toolPath, ".store", "kz.legislature.cli", packed.Version, "kz.legislature.cli", packed.Version, "tools", "net10.0", "any");
        using (var library = ZipFile.OpenRead(packed.LibraryPackage))
        {
            var images = ReadyToRunImages(library);
            foreach (var (rid, entry) in images)
            {
                using var expected = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(expected);
                }

                File.ReadAllBytes(Path.Combine(toolFiles, entry.FullName)).Should().Equal(expected.ToArray(), $"the tool bundles the library's {entry.FullName}");
            }

            using var deps = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(toolFiles, "kzleg.deps.json")));
            var listed = deps.RootElement.GetProperty("targets").EnumerateObject().Single().Value.GetProperty($"Kz.Legislature/{packed.Version}").GetProperty("runtimeTargets");
            listed.EnumerateObject().Select(p => (p.Name, p.Value.GetProperty("rid").GetString(), p.Value.GetProperty("assetType").GetString()))
                .Should().BeEquivalentTo(images.Keys.Select(rid => ($"runtimes/{rid}/lib/net10.0/Kz.Legislature.dll", (string?)rid, (string?)"runtime")));
            var loaded = version.Output.Split('\n').Where(l => l.StartsWith("Adding tpa entry:", StringComparison.Ordinal) && l.Contains("Kz.Legislature.dll", StringComparison.Ordinal)).ToList();
            var current = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
            var chosen = images.ContainsKey(current) ? Path.Combine(toolFiles, "runtimes", current, "lib", "net10.0", "Kz.Legislature.dll") : Path.Combine(toolFiles, "Kz.Legislature.dll");
            loaded.Should().ContainSingle().Which.Should().Contain(chosen + ",", "the host loads the library precompiled for " + current + " if there is one");
        }

        version = PackedRepository.Run(kzleg, packed.WorkDirectory, ["--version"]);
        version.ExitCode.Should().Be(0, version.Output);
        version.Output.Trim().Should().MatchRegex($"^{System.Text.RegularExpressions.Regex.Escape(packed.Version)} \\(dataset [0-9.]+, verified through [0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}\\)$");

        var rules = PackedRepository.Run(kzleg, packed.WorkDirectory, ["rules", "--on", "2024-01-01"]);
        rules.ExitCode.Should().Be(0, rules.Output);
        rules.Output.Should().Contain("Rules in force on 2024-01-01").And.Contain("Senate: 50 seats (40 + 5 + 5)").And.Contain("Mazhilis: 98 seats (69 + 29)");

        // The installed tool carries its examples: no clone of the repository is needed to try allocate.
        var votes = PackedRepository.Run(kzleg, packed.WorkDirectory, ["example", "votes"]);
        votes.ExitCode.Should().Be(0, votes.Output);
        var file = Path.Combine(packed.WorkDirectory, "votes.csv");
        File.WriteAllText(file, votes.Output);
        var allocate = PackedRepository.Run(kzleg, packed.WorkDirectory, ["allocate", "--votes", file, "--on", "2023-03-19", "--all-ballots", "6366441"]);
        allocate.ExitCode.Should().Be(0, allocate.Output);
        allocate.Output.Should().Contain("Result: amanat 40, auyl 8, respublica 6, ak-zhol 6, peoples-party 5, osdp 4, baytaq 0.");
    }

    [Fact]
    public void Every_csharp_sample_of_the_documentation_compiles_and_prints_what_its_page_claims()
    {
        var samples = DocSamples.All(PackedRepository.FindRepositoryRoot());
        samples.SelectMany(s => s.Problems).Should().BeEmpty();
        var runnable = samples.Where(s => !s.IsFragment).ToList();
        runnable.Should().NotBeEmpty();

        // One console project per sample (a top-level program is one file per project), all built by one
        // `dotnet build` of a generated solution, so restore and the build run once, in parallel.
        var root = Path.Combine(packed.WorkDirectory, "samples");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "nuget.config"), packed.NuGetConfig());
        var solution = new System.Text.StringBuilder("<Solution>\n");
        foreach (var sample in runnable)
        {
            var name = DocSamples.ProjectName(sample);
            var dir = Path.Combine(root, name);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, name + ".csproj"), packed.ConsumerProject());
            File.WriteAllText(Path.Combine(dir, "Program.cs"), $"#line {sample.Line + 1} \"{sample.File}\"\n{sample.Code}\n");
            solution.Append("  <Project Path=\"").Append(name).Append('/').Append(name).Append(".csproj\" />\n");
        }

        File.WriteAllText(Path.Combine(root, "Samples.slnx"), solution.Append("</Solution>\n").ToString());
        var build = PackedRepository.Run("dotnet", root, ["build", "Samples.slnx", "-nologo", "-v", "quiet"], packed.PackagesFolder);
        build.ExitCode.Should().Be(0, "every sample compiles as pasted (errors name the page and line):\n" + build.Output);

        var problems = new List<string>();
        foreach (var sample in runnable)
        {
            var name = DocSamples.ProjectName(sample);
            var run = PackedRepository.Run("dotnet", Path.Combine(root, name), [Path.Combine("bin", "Debug", "net10.0", name + ".dll")], stdoutOnly: true);
            if (run.ExitCode != 0)
            {
                problems.Add($"{sample.Where}: exited with {run.ExitCode}:\n{run.Output}");
                continue;
            }

            problems.AddRange(DocSamples.Check(sample, run.Output));
        }

        problems.Should().BeEmpty();
    }

    /// <summary>The precompiled copies of the library in a package, by runtime identifier.</summary>
    private static Dictionary<string, ZipArchiveEntry> ReadyToRunImages(ZipArchive zip) => zip.Entries
        .Where(e => e.FullName.StartsWith("runtimes/", StringComparison.Ordinal) && e.FullName.EndsWith("/lib/net10.0/Kz.Legislature.dll", StringComparison.Ordinal))
        .ToDictionary(e => e.FullName.Split('/')[1]);

    /// <summary>What the PE headers of an assembly say: precompiled or not, for which machine, and its module id.</summary>
    private sealed record Image(bool ReadyToRun, ushort Machine, Guid Mvid)
    {
        public static Image Read(ZipArchiveEntry entry)
        {
            var bytes = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(bytes);
            }

            bytes.Position = 0;
            using var pe = new PEReader(bytes);
            var md = pe.GetMetadataReader();
            return new Image(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, (ushort)pe.PEHeaders.CoffHeader.Machine, md.GetGuid(md.GetModuleDefinition().Mvid));
        }

        /// <summary>
        /// The machine a ReadyToRun image for a runtime declares: the architecture's PE machine, exclusive-or a value
        /// for the operating system (none for Windows), as crossgen2 writes it.
        /// </summary>
        public static ushort MachineFor(string rid)
        {
            var parts = rid.Split('-');
            ushort arch = parts[1] switch { "x64" => 0x8664, "arm64" => 0xAA64, "x86" => 0x014C, "arm" => 0x01C4, _ => throw new ArgumentException("no machine known for " + rid) };
            ushort os = parts[0] switch { "win" => 0, "linux" => 0x7B79, "osx" => 0x4644, "freebsd" => 0xADC4, _ => throw new ArgumentException("no operating system known for " + rid) };
            return (ushort)(arch ^ os);
        }
    }

    private static string Nuspec(ZipArchive zip)
    {
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }

    private static HashSet<string> VisibleTypes(ZipArchiveEntry dll)
    {
        using var stream = new MemoryStream();
        using (var entry = dll.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var visible = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            if (IsVisible(md, type))
            {
                visible.Add(FullName(md, type));
            }
        }

        return visible;

        static bool IsVisible(MetadataReader md, TypeDefinition type) =>
            (type.Attributes & System.Reflection.TypeAttributes.VisibilityMask) switch
            {
                System.Reflection.TypeAttributes.Public => true,
                System.Reflection.TypeAttributes.NestedPublic or System.Reflection.TypeAttributes.NestedFamily or System.Reflection.TypeAttributes.NestedFamORAssem
                    => IsVisible(md, md.GetTypeDefinition(type.GetDeclaringType())),
                _ => false,
            };

        static string FullName(MetadataReader md, TypeDefinition type)
        {
            var declaring = type.GetDeclaringType();
            return declaring.IsNil
                ? md.GetString(type.Namespace) + "." + md.GetString(type.Name)
                : FullName(md, md.GetTypeDefinition(declaring)) + "." + md.GetString(type.Name);
        }
    }
}

/// <summary>Packs the solution once per test run into a temporary folder, as the install instructions do.</summary>
public sealed class PackedRepository : IDisposable
{
    public PackedRepository()
    {
        WorkDirectory = Path.Combine(Path.GetTempPath(), "kzleg-package-" + Guid.NewGuid().ToString("N"));
        FeedDirectory = Path.Combine(WorkDirectory, "artifacts");
        PackagesFolder = Path.Combine(WorkDirectory, "packages");
        Directory.CreateDirectory(FeedDirectory);
        var root = FindRepositoryRoot();
        var pack = Run("dotnet", root, ["pack", Path.Combine(root, "Kz.Legislature.sln"), "-c", "Release", "-o", FeedDirectory, "-p:ContinuousIntegrationBuild=true", "-nologo"]);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }

        PackOutput = pack.Output;
        LibraryPackage = Directory.GetFiles(FeedDirectory, "Kz.Legislature.*.nupkg").Single(p => !Path.GetFileName(p).StartsWith("Kz.Legislature.Cli.", StringComparison.Ordinal));
        Version = Path.GetFileNameWithoutExtension(LibraryPackage)["Kz.Legislature.".Length..];
        ToolPackage = Path.Combine(FeedDirectory, $"Kz.Legislature.Cli.{Version}.nupkg");
    }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    /// <summary>An isolated NuGet package folder, so a stale copy of the same version is never used.</summary>
    public string PackagesFolder { get; }

    public string PackOutput { get; }

    public string LibraryPackage { get; }

    public string ToolPackage { get; }

    public string Version { get; }

    /// <summary>A consumer project as <c>dotnet new console</c> makes it (implicit usings, nullable), warnings as errors.</summary>
    public string ConsumerProject() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Kz.Legislature" Version="{Version}" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>The local folder first, then nuget.org for the library's dependencies.</summary>
    public string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{FeedDirectory}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    public static (int ExitCode, string Output) Run(string file, string workingDirectory, IEnumerable<string> arguments, string? packagesFolder = null, bool stdoutOnly = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        if (packagesFolder is not null)
        {
            info.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} {string.Join(' ', arguments)} did not finish in 20 minutes.\n{stdout.Result}{stderr.Result}");
        }

        return (process.ExitCode, stdoutOnly && process.ExitCode == 0 ? stdout.Result : stdout.Result + stderr.Result);
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

    public static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kz.Legislature.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Kz.Legislature.sln) was not found above " + AppContext.BaseDirectory);
    }
}
