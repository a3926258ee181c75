<?php
use PHPUnit\Framework\TestCase;

final class SampleTest extends TestCase
{
    public function testPasses(): void { $this->assertSame(2, 1 + 1); }
    public function testFails(): void { $this->assertSame('3 colourways', '2 colourways'); }
    public function testErrors(): void { throw new RuntimeException('database unavailable'); }
    public function testSkipped(): void { $this->markTestSkipped('needs the CDN'); }
    /** @dataProvider sizes */
    public function testSizes(string $size): void { $this->assertNotSame('XXL', $size); }
    public function sizes(): array { return [['S'], ['M'], ['XXL']]; }
}
