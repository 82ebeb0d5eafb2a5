package app.safepost.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A school device as the office registers it; make, model and serial as the photos' metadata give them. */
public record DeviceDetails(
        @NotBlank(message = "Enter a label, like iPad 05 (Class 2).")
        @Size(max = 120, message = "The label can be at most 120 characters.")
        String label,

        @NotBlank(message = "Enter the make, like Apple.")
        @Size(max = 60, message = "The make can be at most 60 characters.")
        String make,

        @NotBlank(message = "Enter the model, like iPad (10th generation).")
        @Size(max = 120, message = "The model can be at most 120 characters.")
        String model,

        @NotBlank(message = "Enter the serial number from Settings › General › About.")
        @Size(max = 60, message = "The serial number can be at most 60 characters.")
        String serial) {}
