"""A small recursive ray tracer: spheres and a checkered plane, point lights, shadows,
reflections. Exercises classes, method calls, float math and attribute access. The
image is kept in memory and reduced to a checksum.

Usage: raytrace.py [width]   (default 200; height = 3/4 width)
"""
import math
import sys

EPSILON = 1e-6


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def mix(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, reflect=0.2, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect
        self.checker = checker

    def color_at(self, point):
        if self.checker and (int(math.floor(point.x)) + int(math.floor(point.z))) & 1:
            return self.checker
        return self.color


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.n = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > EPSILON else None

    def normal(self, point):
        return self.n


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0, -1, 0), Vec(0, 1, 0),
                  Material(Color(0.9, 0.9, 0.9), reflect=0.1, checker=Color(0.2, 0.2, 0.2))),
            Sphere(Vec(0, 0, 5), 1.0, Material(Color(0.9, 0.2, 0.2), reflect=0.3)),
            Sphere(Vec(-2.2, 0.2, 6), 1.2, Material(Color(0.2, 0.8, 0.3), reflect=0.2)),
            Sphere(Vec(2.0, -0.3, 4.2), 0.7, Material(Color(0.3, 0.4, 0.95), reflect=0.5)),
            Sphere(Vec(0.6, 1.6, 7), 0.9, Material(Color(0.95, 0.85, 0.2), reflect=0.0)),
        ]
        self.lights = [Light(Vec(-5, 5, -2), Color(0.8, 0.8, 0.8)),
                       Light(Vec(4, 6, 1), Color(0.4, 0.4, 0.5))]
        self.ambient = 0.1

    def closest(self, ray):
        best_t, best_obj = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best_obj = t, obj
        return best_t, best_obj

    def shadowed(self, point, light):
        to_light = light.position - point
        dist = to_light.length()
        t, _ = self.closest(Ray(point, to_light))
        return t is not None and t < dist

    def trace(self, ray, depth):
        t, obj = self.closest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.6, 0.7, 0.9).scale(k).__add__(Color(1, 1, 1).scale((1 - k) * 0.3))
        point = ray.at(t)
        normal = obj.normal(point)
        mat = obj.material
        base = mat.color_at(point)
        color = base.scale(self.ambient)
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base.mix(light.color).scale(lambert * mat.diffuse)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0:
                    color = color + light.color.scale(mat.specular * spec ** 32)
        if depth > 0 and mat.reflect > 0:
            refl = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(refl, depth - 1).scale(mat.reflect)
        return color


def render(width, height):
    scene = Scene()
    eye = Vec(0, 0.5, -1)
    aspect = width / height
    pixels = []
    for j in range(height):
        y = (1 - 2 * (j + 0.5) / height) * 0.75
        for i in range(width):
            x = (2 * (i + 0.5) / width - 1) * 0.75 * aspect
            ray = Ray(eye, Vec(x, y - 0.1, 1))
            pixels.append(scene.trace(ray, 3).to_bytes())
    return pixels


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    height = width * 3 // 4
    pixels = render(width, height)
    total = [0, 0, 0]
    weighted = 0
    for idx, (r, g, b) in enumerate(pixels):
        total[0] += r
        total[1] += g
        total[2] += b
        weighted = (weighted * 31 + r * 65536 + g * 256 + b) % 1000000007
    print(f"checksum: raytrace {width}x{height} sum={total} hash={weighted}")


if __name__ == "__main__":
    main()
