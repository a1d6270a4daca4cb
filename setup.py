"""Maps the top-level resources/ and sample_projects/ folders into the package.

Everything else about the build lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["workbench", "workbench.*"])
    + ["workbench.resources", "workbench.sample_projects"],
    package_dir={
        "workbench.resources": "resources",
        "workbench.sample_projects": "sample_projects",
    },
)
